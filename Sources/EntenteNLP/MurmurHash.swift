/// The two MurmurHash variants the model was trained with: MurmurHash64A turns strings into the
/// 64-bit ids spaCy stores, and MurmurHash3 x64_128 turns an id into rows of a hash-embedding table.
enum MurmurHash {
    /// MurmurHash64A (Austin Appleby, public domain) of `bytes` with `seed`.
    static func hash64A<Bytes: Collection<UInt8>>(_ bytes: Bytes, seed: UInt64) -> UInt64 {
        let multiplier: UInt64 = 0xC6A4_A793_5BD1_E995
        let shift: UInt64 = 47
        var hash = seed ^ (UInt64(bytes.count) &* multiplier)
        var block: UInt64 = 0
        var filled = 0
        for byte in bytes {
            block |= UInt64(byte) << (8 * UInt64(filled))
            filled += 1
            if filled == 8 {
                var key = block &* multiplier
                key ^= key >> shift
                key = key &* multiplier
                hash ^= key
                hash = hash &* multiplier
                block = 0
                filled = 0
            }
        }
        if filled > 0 {
            // The tail bytes are mixed in as one little-endian word, as the reference does.
            hash ^= block
            hash = hash &* multiplier
        }
        hash ^= hash >> shift
        hash = hash &* multiplier
        hash ^= hash >> shift
        return hash
    }

    /// MurmurHash3 x64_128 of one 8-byte little-endian key with a 32-bit seed, read as four
    /// 32-bit words (low and high half of each 64-bit output), the way thinc's hash embedding does.
    static func embeddingRows(key: UInt64, seed: UInt32) -> (UInt32, UInt32, UInt32, UInt32) {
        let c1: UInt64 = 0x87C3_7B91_1142_53D5
        let c2: UInt64 = 0x4CF5_AD43_2745_937F
        var h1 = UInt64(seed)
        var h2 = UInt64(seed)
        var k1 = key &* c1
        k1 = (k1 << 31) | (k1 >> 33)
        k1 = k1 &* c2
        h1 ^= k1
        h1 ^= 8  // the key's length in bytes
        h2 ^= 8
        h1 = h1 &+ h2
        h2 = h2 &+ h1
        h1 = finalMix(h1)
        h2 = finalMix(h2)
        h1 = h1 &+ h2
        h2 = h2 &+ h1
        return (UInt32(truncatingIfNeeded: h1), UInt32(truncatingIfNeeded: h1 >> 32),
                UInt32(truncatingIfNeeded: h2), UInt32(truncatingIfNeeded: h2 >> 32))
    }

    private static func finalMix(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k = k &* 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k = k &* 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }
}
