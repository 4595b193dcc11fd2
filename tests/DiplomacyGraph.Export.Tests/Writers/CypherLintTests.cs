using System.Text;
using DiplomacyGraph.Export.Formats;
using DiplomacyGraph.Export.Tests.Support;

namespace DiplomacyGraph.Export.Tests.Writers;

public sealed class CypherLintTests
{
    [Fact]
    public async Task Cypher_everyStatement_lintsCleanUnderNeo4jsParser()
    {
        var dir = CypherLint.RequireDirectory();
        var script = Encoding.UTF8.GetString(await Exports.BytesAsync(SyntheticGraph.Graph(), ExportFormat.Cypher));
        var statements = script.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var (code, output) = CypherLint.Run(dir, statements);

        Assert.True(code == 0, output);
        Assert.Contains($"{statements.Length} statement(s), 0 error(s)", output, StringComparison.Ordinal);
    }
}
