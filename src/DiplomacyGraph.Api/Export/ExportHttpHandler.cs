using System.Text.Json;
using DiplomacyGraph.Api.Http;
using DiplomacyGraph.Domain.Storage;
using DiplomacyGraph.Export;
using DiplomacyGraph.Export.Selection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace DiplomacyGraph.Api.Export;

/// <summary>
/// Serves one export: parse and resolve first (every refusal is a 400 with a message, before the file starts),
/// then stream. A failure after the first byte aborts the connection, so the client sees a broken download rather
/// than a file that looks complete.
/// </summary>
internal sealed class ExportHttpHandler(IServiceProvider services, ILogger<ExportHttpHandler> logger, TimeProvider? clock = null)
{
    public async Task HandleAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var exporter = services.GetService<GraphExporter>() ?? new GraphExporter(services.GetRequiredService<IGraphStore>());
        ExportRequest request;
        ExportGraph graph;
        try
        {
            request = ExportRequestParser.Parse(context.Request.Query.Select(q => KeyValuePair.Create(q.Key, (IReadOnlyList<string>)q.Value.Select(v => v ?? string.Empty).ToArray())));
            graph = await exporter.ResolveAsync(request.Selection, ct).ConfigureAwait(false);
        }
        catch (ExportException e)
        {
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, e.Code, e.Message).ConfigureAwait(false);
            return;
        }

        var info = request.Format;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = info.ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(info.FileName((clock ?? TimeProvider.System).GetUtcNow()));
        context.Response.Headers.ContentDisposition = disposition.ToString();
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        try
        {
            await GraphExporter.WriteAsync(graph, info.Format, context.Response.Body, null, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Export to {Format} failed after the response started; aborting the connection", info.Name);
            if (!context.Response.HasStarted)
            {
                context.Response.Headers.Remove(HeaderNames.ContentDisposition);
                await WriteProblemAsync(context, StatusCodes.Status500InternalServerError, Domain.Errors.ErrorCodes.Internal,
                    "The export failed before any data was sent; it has been logged.").ConfigureAwait(false);
                return;
            }
            context.Abort();
        }
    }

    private static async Task WriteProblemAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new ProblemBody(status, code, message), ProblemBody.JsonOptions, context.RequestAborted).ConfigureAwait(false);
    }
}
