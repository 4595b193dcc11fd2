using System.CommandLine;
using DiplomacyGraph.Cli.Commands;

// The `dg` program: one command per file under Commands/, each assembling the same services (Hosting/DgServices).
var root = new RootCommand("DiplomacyGraph: a bilingual (Arabic + English) diplomatic-event knowledge graph.")
{
    ServeCommand.Create(),
    IngestCommand.Create(),
    ExtractCommand.Create(),
    EvalCommand.Create(),
    ExportCommand.Create(),
    CypherCommand.Create(),
    MigrateCommand.Create(),
};
return await CommandErrors.InvokeAsync(root, args);
