using Microsoft.Extensions.Configuration;

namespace DiplomacyGraph.Cli.Hosting;

/// <summary>Configuration for every command: defaults, appsettings.json (optional), environment, then the command line.</summary>
internal static class DgConfiguration
{
    public static readonly IReadOnlyDictionary<string, string?> Defaults = new Dictionary<string, string?>
    {
        ["GraphStore:Provider"] = "Sqlite",
        ["GraphStore:Sqlite:Path"] = "data/diplomacy.db",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
    };

    public static void Apply(IConfigurationBuilder builder, IReadOnlyDictionary<string, string?> overrides)
    {
        builder.AddInMemoryCollection(Defaults);
        builder.AddJsonFile("appsettings.json", optional: true);
        builder.AddEnvironmentVariables();
        builder.AddInMemoryCollection(overrides);
    }

    public static IConfiguration Build(IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = new ConfigurationBuilder().SetBasePath(Directory.GetCurrentDirectory());
        Apply(builder, overrides);
        return builder.Build();
    }
}
