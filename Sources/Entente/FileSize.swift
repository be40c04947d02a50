import Foundation

/// The size in bytes of the file at `path`, a symbolic link followed to the file it names, as
/// reading it does (`attributesOfItem` alone gives the link's own size); nil when there is none.
func fileSize(atPath path: String) -> Int? {
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    return (try? FileManager.default.attributesOfItem(atPath: target)[.size] as? Int) ?? nil
}
