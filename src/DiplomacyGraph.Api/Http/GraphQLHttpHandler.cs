using System.Text.Json;
using DiplomacyGraph.Api.GraphQL;
using DiplomacyGraph.Api.Services;
using DiplomacyGraph.Domain.Errors;
using DiplomacyGraph.Domain.Storage;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DiplomacyGraph.Api.Http;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c>: POST application/json and GET with query parameters (queries only),
/// Accept negotiation between application/graphql-response+json and application/json, and status codes per the
/// GraphQL-over-HTTP spec (400 for a request that cannot be executed when the client accepts
/// graphql-response+json; 200 with errors for application/json).
/// </summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    IGraphStore store,
    IOptions<ApiOptions> options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var http = context.Request;
        var isGet = HttpMethods.IsGet(http.Method);
        if (!isGet && !HttpMethods.IsPost(http.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteProblemAsync(context, StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadRequest, "Use GET or POST.").ConfigureAwait(false);
            return;
        }
        var mediaType = MediaTypes.Negotiate(http);
        if (mediaType is null)
        {
            await WriteProblemAsync(context, StatusCodes.Status406NotAcceptable, ErrorCodes.BadRequest,
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.").ConfigureAwait(false);
            return;
        }
        if (!isGet && !MediaTypes.IsJsonRequest(http))
        {
            await WriteProblemAsync(context, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest,
                "POST /graphql needs Content-Type: application/json (UTF-8).").ConfigureAwait(false);
            return;
        }

        var opts = options.Value;
        var (request, error) = isGet
            ? GraphQLRequestReader.ReadGet(http)
            : await GraphQLRequestReader.ReadPostAsync(http, opts.MaxRequestBytes, context.RequestAborted).ConfigureAwait(false);
        if (error is not null || request is null)
        {
            await WriteErrorAsync(context, mediaType, error ?? new RequestError(400, ErrorCodes.BadRequest, "Unreadable request.")).ConfigureAwait(false);
            return;
        }

        var operation = OperationTypeOf(request);
        if (operation == OperationType.Mutation)
        {
            if (isGet)
            {
                context.Response.Headers.Allow = "POST";
                await WriteErrorAsync(context, mediaType, new RequestError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadRequest, "Mutations are not allowed over GET; use POST.")).ConfigureAwait(false);
                return;
            }
            if (!WriteAccess.IsAllowed(context, opts.ApiKey))
            {
                var keyed = !string.IsNullOrEmpty(opts.ApiKey);
                await WriteErrorAsync(context, mediaType, new RequestError(
                    keyed ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden, ErrorCodes.Unauthorized,
                    keyed ? $"Writes need a valid {WriteAccess.HeaderName} header." : "No API key is configured, so writes are accepted only from loopback.")).ConfigureAwait(false);
                return;
            }
        }

        var userContext = new ApiRequestContext(RequestLanguage.Of(http), operation == OperationType.Mutation, new GraphBatchLoader(store));
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables is { } v ? serializer.ReadNode<Inputs>(v) : null,
            Extensions = request.Extensions is { } e ? serializer.ReadNode<Inputs>(e) : null,
            RequestServices = context.RequestServices,
            UserContext = userContext,
            CancellationToken = context.RequestAborted,
            Timeout = opts.RequestTimeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        }).ConfigureAwait(false);

        // A request that never ran (syntax, validation, limits, variable coercion) is the client's fault: 400 where
        // the client speaks graphql-response+json; legacy application/json clients get 200 with errors.
        var status = !result.Executed && mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await WriteResultAsync(context, mediaType, status, result).ConfigureAwait(false);
    }

    /// <summary>The operation the request will run, when its document parses; null otherwise (execution reports the error).</summary>
    private static OperationType? OperationTypeOf(GraphQLHttpRequest request)
    {
        try
        {
            var document = Parser.Parse(request.Query);
            var ops = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var op = request.OperationName is { } name
                ? ops.FirstOrDefault(o => o.Name is not null && string.Equals(o.Name.StringValue, name, StringComparison.Ordinal))
                : ops.Count == 1 ? ops[0] : null;
            // With several operations and no name, any mutation among them counts: we must not run one over GET.
            if (op is null && request.OperationName is null && ops.Any(o => o.Operation == OperationType.Mutation)) return OperationType.Mutation;
            return op?.Operation;
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return null;
        }
    }

    private Task WriteErrorAsync(HttpContext context, string mediaType, RequestError error)
    {
        var result = new ExecutionResult { Executed = false, Errors = [new ApiError(error.Code, error.Message)] };
        return WriteResultAsync(context, mediaType, error.Status, result);
    }

    private async Task WriteResultAsync(HttpContext context, string mediaType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteProblemAsync(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new ProblemBody(status, code, detail), ProblemBody.JsonOptions, context.RequestAborted).ConfigureAwait(false);
    }
}
