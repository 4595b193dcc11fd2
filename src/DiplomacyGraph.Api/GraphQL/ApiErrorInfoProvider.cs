using DiplomacyGraph.Domain.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Errors.Custom;

namespace DiplomacyGraph.Api.GraphQL;

/// <summary>
/// Puts our catalogue's codes on errors: limits, timeouts and our own <see cref="ApiError"/>s get their code (and
/// field path); an unexpected exception gets <see cref="ErrorCodes.Internal"/> and a message without internals.
/// Errors GraphQL itself reports (syntax, validation) keep GraphQL.NET's codes.
/// </summary>
internal sealed class ApiErrorInfoProvider() : ErrorInfoProvider(o => o.ExposeData = false)
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        info.Extensions ??= new Dictionary<string, object?>(StringComparer.Ordinal);
        // GraphQL.NET's literal check reports only "Expected type 'Date'"; say what a Date looks like.
        if (info.Message.Contains("type 'Date", StringComparison.Ordinal) && !info.Message.Contains("yyyy-MM-dd", StringComparison.Ordinal))
            info.Message += " A Date is written yyyy-MM-dd, e.g. \"2018-11-22\".";
        switch (executionError)
        {
            case ApiError api when api.Field is not null:
                info.Extensions["field"] = api.Field;
                break;
            case ComplexityError:
                SetCode(info, ErrorCodes.LimitExceeded);
                break;
            case TimeoutError:
                SetCode(info, ErrorCodes.Timeout);
                break;
            case UnhandledError { InnerException: ArgumentException or FormatException } arg:
                info.Message = arg.InnerException!.Message;
                SetCode(info, ErrorCodes.InvalidArgument);
                break;
            case UnhandledError:
                info.Message = "Internal error while resolving this field; it has been logged.";
                SetCode(info, ErrorCodes.Internal);
                break;
        }
        return info;
    }

    private static void SetCode(ErrorInfo info, string code)
    {
        info.Extensions!["code"] = code;
        info.Extensions["codes"] = new[] { code };
    }
}
