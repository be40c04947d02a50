// The single import for library users: `import Entente` brings the model,
// the extractor and the store.
@_exported public import EntenteEvents
@_exported public import EntenteExport
@_exported public import EntenteExtraction
@_exported public import EntenteModel
@_exported public import EntenteNLP
@_exported public import EntenteQuery
@_exported public import EntenteStore
@_exported public import EntenteSQLite
@_exported public import EntentePostgres
