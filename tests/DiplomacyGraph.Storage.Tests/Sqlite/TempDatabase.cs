namespace DiplomacyGraph.Storage.Tests.Sqlite;

/// <summary>A fresh folder for one test's database files, removed afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dg-tests", Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(Folder, "nested", "graph.db");
    }

    public string Folder { get; }

    /// <summary>The database path; its folder does not exist yet, so the store must create it.</summary>
    public string Path { get; }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platform; the temp folder is cleaned by the OS eventually.
        }
    }
}
