#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif

/// Dense products through the platform's BLAS (Accelerate on Apple systems, OpenBLAS elsewhere):
/// the networks spend nearly all their arithmetic here, and BLAS picks kernels for the CPU it runs on.
enum MatrixProduct {
    /// `output[rows × outputs] = input[rows × inputs] · weightsᵀ` where `weights` is
    /// `outputs × inputs` in row-major order (the layout thinc stores), plus `bias` on every row.
    static func linear(
        _ input: UnsafePointer<Float>, rows: Int, inputs: Int,
        weights: UnsafePointer<Float>, bias: UnsafePointer<Float>?, outputs: Int,
        into output: UnsafeMutablePointer<Float>
    ) {
        guard rows > 0 else { return }
        if let bias {
            for row in 0..<rows {
                (output + row * outputs).update(from: bias, count: outputs)
            }
        }
        cblas_sgemm(
            CblasRowMajor, CblasNoTrans, CblasTrans,
            Int32(rows), Int32(outputs), Int32(inputs),
            1, input, Int32(inputs), weights, Int32(inputs),
            bias == nil ? 0 : 1, output, Int32(outputs))
    }

    /// Keeps the matrix products on the calling thread: the pipeline's matrices are small, and the
    /// benchmark promises one core.
    static func useOneThread() {
        #if !canImport(Accelerate)
        openblas_set_num_threads(1)
        #endif
    }
}
