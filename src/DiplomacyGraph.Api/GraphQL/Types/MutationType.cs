using DiplomacyGraph.Api.Services;
using DiplomacyGraph.Domain.Errors;
using GraphQL;
using GraphQL.Types;

namespace DiplomacyGraph.Api.GraphQL.Types;

/// <summary>Type <c>Mutation</c>: writes. Each needs the API key (or, with none configured, a loopback caller).</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType(IngestService ingest)
    {
        Name = "Mutation";
        Description = "Writes. Send the configured key in the X-Api-Key header.";
        Field<IngestArticlePayloadType>("ingestArticle")
            .Description("Reads an article into the graph: extracts its entities, meetings, offices and relations and merges them. Idempotent: the same text twice changes nothing.")
            .Argument<NonNullGraphType<IngestArticleInputType>>("input", "The article.")
            .ResolveAsync(async c =>
            {
                if (!c.Api().WriteAllowed)
                    throw new ApiError(ErrorCodes.Unauthorized, "Writes need a valid X-Api-Key header (or, when no key is configured, a request from loopback).");
                var (report, errors) = await ingest.IngestAsync(c.GetArgument<IngestArticleInput>("input"), c.CancellationToken).ConfigureAwait(false);
                foreach (var e in errors)
                {
                    e.Path = c.Path;
                    c.Errors.Add(e);
                }
                return report;
            });
    }
}
