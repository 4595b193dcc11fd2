using System.CommandLine;
using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// Turns what can go wrong outside a command's own reporting (bad configuration, an unreachable store, a busy
/// port) into one clear line on stderr and an exit code, instead of a stack trace.
/// </summary>
internal static class CommandErrors
{
    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync($"error DG0002: configuration: {string.Join("; ", e.Failures)}");
            return ExitCodes.Unusable;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            // A store that cannot be reached, a busy port, a locked file: one line, and the stack only when asked for.
            await Console.Error.WriteLineAsync($"error DG0003: {e.Message}");
            if (Environment.GetEnvironmentVariable("DG_DEBUG") is "1") await Console.Error.WriteLineAsync(e.ToString());
            return ExitCodes.Unusable;
        }
    }
}
