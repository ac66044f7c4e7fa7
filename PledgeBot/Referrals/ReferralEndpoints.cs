using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PledgeBot.Http;
using PledgeBot.Staff;

namespace PledgeBot.Referrals;

/// <summary>The staff referral API under <c>/admin</c> (staff key required on the whole group) and the influencers'
/// signed stats page <c>/r/{code}?sig=</c>. Every body is bounded; bad input is a 4xx with a reason.</summary>
public static class ReferralEndpoints
{
    private const int JsonLimit = 4 * 1024;
    private const int CsvLimit = 1024 * 1024;
    private const int MaxPage = 10_000;

    public static RouteGroupBuilder MapReferrals(this IEndpointRouteBuilder app)
    {
        app.MapGet("/r/{code}", ReferralStatsPage.GetAsync).WithTags("Referrals");

        var staff = app.MapGroup("/admin").RequireAuthorization(StaffAuth.Policy).WithTags("Staff");
        staff.MapPost("/referral-codes", CreateAsync);
        staff.MapPost("/referral-codes/bulk", ImportAsync);
        staff.MapGet("/referral-codes", ListAsync);
        staff.MapGet("/referral-codes/{code}", GetAsync);
        staff.MapPatch("/referral-codes/{code}", ChangeAsync);
        staff.MapGet("/referral-codes/{code}/qr.png", GetQrAsync);
        staff.MapGet("/referral-unknown", async (RedisReferralCatalog catalog, CancellationToken cancellationToken) =>
            TypedResults.Ok(await catalog.UnknownAsync(cancellationToken)));
        return staff;
    }

    private static async Task<Results<Created<ReferralCodeSummary>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext context, RedisReferralCatalog catalog, ReferralViews views, ReferralAudit audit, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadAsync(context.Request, JsonLimit, cancellationToken);
        if (body is null)
        {
            return TooLarge(JsonLimit);
        }

        if (!TryParse(body, ReferralsJsonContext.Default.NewReferralCode, out var request))
        {
            return Invalid("body", "The body must be JSON: { \"code\", \"owner\", \"kind\", \"note\" (optional) }.");
        }

        if (!ReferralCodeInput.TryRead(request.Code, request.Owner, request.Kind, out var row, out var reason))
        {
            return Invalid("body", reason);
        }

        if (!ReferralCodeInput.TryReadNote(request.Note, out var note, out var noteReason))
        {
            return Invalid("note", noteReason);
        }

        if (!(await catalog.CreateAsync([(row.Value.Code, row.Value.Kind, row.Value.Owner, note)], cancellationToken))[0])
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: $"The code {row.Value.Code} exists already.");
        }

        await audit.RecordAsync(KeyId(context), "created", [row.Value.Code], cancellationToken);
        var stored = await catalog.GetAsync(row.Value.Code, cancellationToken);
        return TypedResults.Created($"/admin/referral-codes/{row.Value.Code}", views.Summary(stored!));
    }

    private static async Task<Results<Ok<ReferralImportResult>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpContext context, RedisReferralCatalog catalog, ReferralAudit audit, IOptions<ReferralsOptions> options,
        ILogger<RedisReferralCatalog> logger, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadAsync(context.Request, CsvLimit, cancellationToken);
        if (body is null)
        {
            return TooLarge(CsvLimit);
        }

        if (!ReferralCsv.TryRead(body, options.Value.MaxImportRows, out var rows, out var error))
        {
            return Invalid("csv", error!);
        }

        var result = await ReferralImport.RunAsync(rows, catalog, cancellationToken);
        await audit.RecordAsync(KeyId(context), "created", result.Rows.Where(r => r.Status == ReferralImport.Created).Select(r => r.Code!), cancellationToken);
        logger.CodesImported(result.Created, result.Rejected);
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<ReferralCodePage>, ValidationProblem>> ListAsync(
        string? kind, string? sort, string? page, string? q, RedisReferralCatalog catalog, ReferralViews views,
        IOptions<ReferralsOptions> options, CancellationToken cancellationToken)
    {
        var wantedKind = string.IsNullOrWhiteSpace(kind) ? null : kind.Trim().ToLowerInvariant();
        if (wantedKind is not null && !ReferralKinds.All.Contains(wantedKind))
        {
            return Invalid("kind", $"The kind must be one of {string.Join(", ", ReferralKinds.All)}.");
        }

        var metric = string.IsNullOrWhiteSpace(sort) ? ReferralMetrics.Reach : sort.Trim().ToLowerInvariant();
        if (metric is not (ReferralMetrics.Reach or ReferralMetrics.Pledges))
        {
            return Invalid("sort", "Sort by reach or pledges.");
        }

        var number = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, out number) || number is < 1 or > MaxPage))
        {
            return Invalid("page", $"The page is a number from 1 to {MaxPage}.");
        }

        var size = options.Value.PageSize;
        if (!string.IsNullOrWhiteSpace(q))
        {
            // A search answers one page of the best matches; codes are printed in capitals, typed in any case.
            var fragment = q.Trim().ToUpperInvariant();
            if (fragment.Length > 32 || !fragment.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return Invalid("q", "Search with up to 32 letters, digits, '_' or '-' of a code.");
            }

            var matches = await catalog.SearchAsync(wantedKind, fragment, size, cancellationToken);
            return TypedResults.Ok(new ReferralCodePage(1, size, metric, wantedKind, [.. matches.Select(views.Summary)]));
        }

        var codes = await catalog.ListAsync(wantedKind, metric, number, size, cancellationToken);
        return TypedResults.Ok(new ReferralCodePage(number, size, metric, wantedKind, [.. codes.Select(views.Summary)]));
    }

    private static async Task<Results<Ok<ReferralCodeDetails>, NotFound, ValidationProblem>> GetAsync(
        string code, RedisReferralCatalog catalog, ReferralViews views, CancellationToken cancellationToken)
    {
        if (!ReferralCodeFormat.TryNormalize(code, out var normalized))
        {
            return InvalidCode();
        }

        return await catalog.GetAsync(normalized, cancellationToken) is { } stored
            ? TypedResults.Ok(views.Details(stored, await catalog.QuizDaysAsync(normalized, cancellationToken)))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<ReferralCodeDetails>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        string code, HttpContext context, RedisReferralCatalog catalog, ReferralViews views, ReferralAudit audit,
        CancellationToken cancellationToken)
    {
        if (!ReferralCodeFormat.TryNormalize(code, out var normalized))
        {
            return InvalidCode();
        }

        var body = await BoundedBody.ReadAsync(context.Request, JsonLimit, cancellationToken);
        if (body is null)
        {
            return TooLarge(JsonLimit);
        }

        if (!TryParse(body, ReferralsJsonContext.Default.ReferralCodeChange, out var change) || change.Active is not { } active)
        {
            return Invalid("active", "The body must be JSON: { \"active\": true } or { \"active\": false }.");
        }

        if (!await catalog.SetActiveAsync(normalized, active, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        await audit.RecordAsync(KeyId(context), active ? "activated" : "deactivated", [normalized], cancellationToken);
        var stored = await catalog.GetAsync(normalized, cancellationToken);
        return TypedResults.Ok(views.Details(stored!, await catalog.QuizDaysAsync(normalized, cancellationToken)));
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> GetQrAsync(
        string code, RedisReferralCatalog catalog, ReferralLinks links, CancellationToken cancellationToken)
    {
        if (!ReferralCodeFormat.TryNormalize(code, out var normalized))
        {
            return InvalidCode();
        }

        return await catalog.GetAsync(normalized, cancellationToken) is null
            ? TypedResults.NotFound()
            : TypedResults.File(ReferralQrCode.Png(links.Web(normalized)), "image/png", $"{normalized}.png");
    }

    private static bool TryParse<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
        where T : class
    {
        try
        {
            value = StrictJson.Deserialize(body, type);
        }
        catch (JsonException)
        {
            value = null;
        }

        return value is not null;
    }

    private static string KeyId(HttpContext context) => context.User.FindFirst(StaffAuth.KeyIdClaim)?.Value ?? "unknown";

    private static ValidationProblem InvalidCode() =>
        Invalid("code", "A code is 3–32 characters of A–Z, 0–9, '_' or '-'.");

    private static ValidationProblem Invalid(string field, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] });

    private static ProblemHttpResult TooLarge(int limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload Too Large", detail: $"The body may hold at most {limit} bytes.");
}
