using DiplomacyGraph.Cli.Articles;
using DiplomacyGraph.Domain.Ingestion;
using DiplomacyGraph.Domain.Storage;

namespace DiplomacyGraph.Cli.Hosting;

/// <summary>
/// Ingests many article files one by one: a bad file is reported with its name and reason and the rest go on.
/// Each article is written in its own transaction, so a failure never leaves half an article behind.
/// </summary>
internal sealed class ArticleRunIngestor(IArticleIngestor ingestor, TextWriter output, TextWriter errors)
{
    public async Task<IngestSummary> RunAsync(IEnumerable<string> paths, CancellationToken ct)
    {
        var files = ArticleFiles.Expand(paths).ToList();
        var progress = new ProgressLine(output, files.Count, "ingest");
        int fresh = 0, already = 0, failed = 0, meetings = 0;
        var write = WriteResult.None;
        foreach (var path in files)
        {
            ct.ThrowIfCancellationRequested();
            progress.Step(Path.GetFileName(path));
            var file = ArticleFiles.Read(path);
            if (file.Article is null)
            {
                failed++;
                progress.Interrupt(() => errors.WriteLine($"{ErrorPrefix}: {file.Name}: {file.Error}"));
                continue;
            }
            try
            {
                var report = await ingestor.IngestAsync(file.Article, ct);
                if (report.AlreadyIngested) already++; else fresh++;
                meetings += report.Graph.Meetings.Count;
                write = write.Add(report.Write);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                progress.Interrupt(() => errors.WriteLine($"{ErrorPrefix}: {file.Name}: {e.Message}"));
            }
        }
        progress.Done();
        return new IngestSummary(files.Count, fresh, already, failed, meetings, write);
    }

    private const string ErrorPrefix = "error DG0101";
}
