namespace DiplomacyGraph.Cli.Commands;

/// <summary>Process exit codes of <c>dg</c>.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some inputs were bad (reported on stderr); the others were processed.</summary>
    public const int SomeInputsFailed = 2;

    /// <summary>Configuration or store could not be used; nothing was done.</summary>
    public const int Unusable = 3;
}
