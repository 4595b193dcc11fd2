using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Storage.Neo4j;
using DiplomacyGraph.Storage.Options;
using DiplomacyGraph.Storage.Sqlite;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dg migrate --from sqlite:PATH --to neo4j:URL</c>: copies a whole graph between stores, streamed in batches,
/// resumable from a checkpoint file after an interruption.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from")
        {
            Description = "Source store: sqlite:PATH or neo4j:URL (e.g. sqlite:data/diplomacy.db).",
            Required = true,
        };
        var to = new Option<string>("--to")
        {
            Description = "Target store: neo4j:URL or sqlite:PATH (e.g. neo4j:http://localhost:7474).",
            Required = true,
        };
        var user = new Option<string?>("--neo4j-user") { Description = "Neo4j user (default: $NEO4J_USER, else neo4j)." };
        var password = new Option<string?>("--neo4j-password") { Description = "Neo4j password (default: $NEO4J_PASSWORD; prefer the variable to keep it out of shell history)." };
        var database = new Option<string?>("--neo4j-database") { Description = "Neo4j database (default: $NEO4J_DATABASE, else neo4j)." };
        var batchSize = new Option<int>("--batch-size") { Description = "Nodes or edges per write transaction.", DefaultValueFactory = _ => 500 };
        var checkpoint = new Option<string?>("--checkpoint") { Description = "Checkpoint file (default: data/migrate-<from,to hash>.json); a run resumes from it." };
        var restart = new Option<bool>("--restart") { Description = "Ignore and replace an existing checkpoint: copy everything again." };

        var command = new Command("migrate", "Copy a graph from one store to another (streamed, batched, resumable).")
        {
            from, to, user, password, database, batchSize, checkpoint, restart,
        };
        command.SetAction(async (parse, ct) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var stdout = parse.InvocationConfiguration.Output;
            var neo4j = new Neo4jStoreOptions
            {
                User = parse.GetValue(user) ?? Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                Password = parse.GetValue(password) ?? Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                Database = parse.GetValue(database) ?? Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
            };
            var size = parse.GetValue(batchSize);
            if (size < 1)
            {
                stderr.WriteLine("dg migrate: --batch-size must be at least 1.");
                return 2;
            }
            IGraphStore? source = null, target = null;
            try
            {
                var (sourceStore, sourceName) = Open(parse.GetValue(from)!, neo4j);
                source = sourceStore;
                var (targetStore, targetName) = Open(parse.GetValue(to)!, neo4j);
                target = targetStore;
                if (sourceName == targetName)
                {
                    stderr.WriteLine("dg migrate: --from and --to name the same store.");
                    return 2;
                }
                var file = parse.GetValue(checkpoint) ?? DefaultCheckpoint(sourceName, targetName);
                if (parse.GetValue(restart) && File.Exists(file)) File.Delete(file);

                await source.InitializeAsync(ct);
                stdout.WriteLine($"Migrating {sourceName} -> {targetName} (batches of {size}, checkpoint {file})");
                var migrator = new GraphMigrator(source, target, sourceName, targetName, file, size);
                var report = await migrator.RunAsync(new ConsoleProgress(stderr), ct);
                stdout.WriteLine(report.AlreadyComplete
                    ? $"Nothing to do: the checkpoint says this migration finished ({report.Nodes} nodes, {report.Edges} edges). Use --restart to copy again."
                    : $"Done{(report.Resumed ? " (resumed)" : string.Empty)}: {report.Nodes} nodes and {report.Edges} edges written to {targetName}.");
                return 0;
            }
            catch (ArgumentException ex)
            {
                stderr.WriteLine($"dg migrate: {ex.Message}");
                return 2;
            }
            catch (Exception ex) when (ex is InvalidOperationException or Neo4jException or IOException
                or Microsoft.Data.Sqlite.SqliteException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"dg migrate: {ex.Message}");
                stderr.WriteLine("Run the same command again to resume from the last checkpoint.");
                return 1;
            }
            finally
            {
                if (source is not null) await source.DisposeAsync();
                if (target is not null) await target.DisposeAsync();
            }
        });
        return command;
    }

    /// <summary>Opens a store from <c>sqlite:PATH</c> or <c>neo4j:URL</c>; the name returned carries no secrets.</summary>
    internal static (IGraphStore Store, string Name) Open(string spec, Neo4jStoreOptions neo4j)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon < 0 ? string.Empty : spec[..colon].ToLowerInvariant();
        var rest = colon < 0 ? string.Empty : spec[(colon + 1)..];
        switch (scheme)
        {
            case "sqlite" when rest.Length > 0:
                var path = Path.GetFullPath(rest);
                return (new SqliteGraphStore(path), "sqlite:" + path);
            case "neo4j" when rest.Length > 0:
                if (!Uri.TryCreate(rest, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                    throw new ArgumentException($"'{rest}' is not an http(s) URL of Neo4j's HTTP endpoint (e.g. neo4j:http://localhost:7474).");
                var options = new Neo4jStoreOptions { Url = rest, Database = neo4j.Database, User = neo4j.User, Password = neo4j.Password };
                if (url.UserInfo.Length > 0)
                {
                    // Credentials in the URL win over the options; they never reach the checkpoint or the output.
                    var parts = url.UserInfo.Split(':', 2);
                    options.User = Uri.UnescapeDataString(parts[0]);
                    if (parts.Length == 2) options.Password = Uri.UnescapeDataString(parts[1]);
                }
                return (Neo4jGraphStoreFactory.Create(options), $"neo4j:{url.GetLeftPart(UriPartial.Authority).Replace(url.UserInfo + "@", string.Empty, StringComparison.Ordinal)}/db/{options.Database}");
            default:
                throw new ArgumentException($"'{spec}' is not a store: use sqlite:PATH or neo4j:URL (e.g. neo4j:http://localhost:7474).");
        }
    }

    private static string DefaultCheckpoint(string from, string to)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(from + "\n" + to)))[..12];
        return Path.Combine("data", $"migrate-{hash}.json");
    }

    /// <summary>Prints one line per batch on stderr, so stdout stays for the summary.</summary>
    private sealed class ConsoleProgress(TextWriter error) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress p)
        {
            var percent = p.Total > 0 ? Math.Min(100, 100.0 * p.Done / p.Total) : 100;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Phase}: {p.Done:N0} / {p.Total:N0} ({percent:0}%)"));
        }
    }
}
