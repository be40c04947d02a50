/// What `GraphStoring.merge(_:into:)` did.
public struct MergeOutcome: Sendable, Equatable, Codable {
    /// The entity that remains, as it is after the merge.
    public var kept: EntityRow
    /// The entity merged away, as it was before.
    public var merged: EntityRow
    /// Facts whose subject, object, speaker or place was the merged entity.
    public var factsMoved: Int
    /// Aliases the kept entity did not have yet.
    public var aliasesAdded: Int

    /// A value of every field, for a store to build.
    package init(kept: EntityRow, merged: EntityRow, factsMoved: Int, aliasesAdded: Int) {
        self.kept = kept
        self.merged = merged
        self.factsMoved = factsMoved
        self.aliasesAdded = aliasesAdded
    }
}
