using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Http;
using PledgeBot.Dialogs.Content;
using PledgeBot.Staff;

namespace PledgeBot.Classes;

/// <summary>Class sessions: staff create, list and show them under <c>/admin/classes</c> (staff key); the teacher's
/// screen <c>/class/{code}?t=</c>; its control API and stream under <c>/api/classes/{code}</c> and the results
/// (teacher token or staff key). Every body is bounded; bad input is a 4xx with the field and reason.</summary>
public static class ClassEndpoints
{
    private const int JsonLimit = 4 * 1024;

    // Script and styles from this host only (wwwroot/screen); the QR code is inline SVG; no CDN.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static RouteGroupBuilder MapClasses(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/admin/classes").RequireAuthorization(StaffAuth.Policy).WithTags("Classes");
        staff.MapPost(string.Empty, CreateAsync);
        staff.MapGet(string.Empty, ListAsync);
        staff.MapGet("/dashboard.json", DashboardAsync);
        staff.MapGet("/{code}", GetAsync);

        app.MapGet("/admin/classes/{code}/results.{format}", ResultsAsync).WithTags("Classes");
        app.MapGet("/class/{code}", PageAsync).WithTags("Classes");
        var control = app.MapGroup("/api/classes/{code}").WithTags("Classes");
        control.MapPost("/start", (string code, HttpContext context, ClassAccess access, ClassControl classes, ClassReader reader) =>
            MoveAsync(code, ClassMove.Start, context, access, classes, reader));
        control.MapPost("/next", (string code, HttpContext context, ClassAccess access, ClassControl classes, ClassReader reader) =>
            MoveAsync(code, ClassMove.Next, context, access, classes, reader));
        control.MapPost("/reveal", (string code, HttpContext context, ClassAccess access, ClassControl classes, ClassReader reader) =>
            MoveAsync(code, ClassMove.Reveal, context, access, classes, reader));
        control.MapPost("/end", (string code, HttpContext context, ClassAccess access, ClassControl classes, ClassReader reader) =>
            MoveAsync(code, ClassMove.End, context, access, classes, reader));
        control.MapGet("/stream", ClassStream.StreamAsync);
        return staff;
    }

    internal static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
            detail: "This needs the class's teacher token or a staff key (Authorization: Bearer …).");

    private static async Task<Results<Created<ClassCreated>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext context, ClassCreation creation, ILogger<ClassCreation> logger, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadAsync(context.Request, JsonLimit, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload Too Large",
                detail: $"The body may hold at most {JsonLimit} bytes.");
        }

        ClassRequest? request;
        try
        {
            request = StrictJson.Deserialize(body, ClassesJsonContext.Default.ClassRequest);
        }
        catch (JsonException)
        {
            request = null;
        }

        if (request is null)
        {
            return Invalid("body", "The body must be a JSON object: { \"name\", \"schoolCode\", \"province\", \"language\", " +
                "\"questions\", \"secondsPerQuestion\", \"prePost\", \"showRanking\" } with numbers and true/false where due.");
        }

        var (created, field, reason) = await creation.CreateAsync(request, cancellationToken);
        if (created is null)
        {
            return Invalid(field!, reason!);
        }

        logger.ClassCreated(created.Code, request.Questions ?? 8, request.Language ?? "vi");
        return TypedResults.Created($"/admin/classes/{created.Code}", created);
    }

    private static async Task<Ok<IReadOnlyList<ClassSummary>>> ListAsync(
        ClassStore store, ClassLinks links, IOptions<ClassesOptions> options, CancellationToken cancellationToken)
    {
        var sessions = await store.ListAsync(options.Value.ListLimit, cancellationToken);
        var joined = await Task.WhenAll(sessions.Select(s => store.JoinedAsync(s.Code)));
        return TypedResults.Ok<IReadOnlyList<ClassSummary>>([.. sessions.Select((s, i) => links.Summary(s, joined[i]))]);
    }

    private static async Task<Ok<ClassDashboard>> DashboardAsync(ClassStore store, IContentSource content)
    {
        var (sessions, students, schools, total) = await store.CountsAsync();
        var provinces = content.Current.Provinces(Language.Vietnamese).ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        IReadOnlyList<ClassCount> ByProvince(IReadOnlyDictionary<string, long> counts) =>
            [.. counts.OrderByDescending(c => c.Value).Select(c => new ClassCount(c.Key, provinces.GetValueOrDefault(c.Key, c.Key), c.Value))];
        return TypedResults.Ok(new ClassDashboard(
            Math.Max(total, sessions.Values.Sum()), students.Values.Sum(), schools.Values.Sum(), ByProvince(sessions), ByProvince(students)));
    }

    private static async Task<Results<Ok<ClassSummary>, NotFound, ValidationProblem>> GetAsync(
        string code, ClassStore store, ClassLinks links, CancellationToken cancellationToken)
    {
        if (!ClassCodeFormat.TryNormalize(code, out var normalized))
        {
            return InvalidCode();
        }

        return await store.GetAsync(normalized, cancellationToken) is { } session
            ? TypedResults.Ok(links.Summary(session, await store.JoinedAsync(normalized)))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<ClassScreen>, NotFound, ValidationProblem, ProblemHttpResult>> MoveAsync(
        string code, ClassMove move, HttpContext context, ClassAccess access, ClassControl classes, ClassReader reader)
    {
        if (!ClassCodeFormat.TryNormalize(code, out var normalized))
        {
            return InvalidCode();
        }

        switch (access.Check(context, normalized))
        {
            case ClassAccessResult.Held:
                return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too Many Requests",
                    detail: "Too many wrong keys from this address; wait a minute.");
            case ClassAccessResult.Denied:
                return Unauthorized();
        }

        var result = await classes.MoveAsync(normalized, move, context.RequestAborted);
        if (result.Session is null)
        {
            return TypedResults.NotFound();
        }

        if (!result.Moved)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: result.Refusal);
        }

        return TypedResults.Ok(await reader.ScreenAsync(result.Session, context.RequestAborted));
    }

    private static async Task<Results<PushStreamHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> ResultsAsync(
        string code, string format, HttpContext context, ClassAccess access, ClassStore store, ClassReader reader, ILogger<ClassReader> logger)
    {
        if (format is not ("csv" or "json"))
        {
            return TypedResults.NotFound();
        }

        if (!ClassCodeFormat.TryNormalize(code, out var normalized))
        {
            return InvalidCode();
        }

        var who = access.Check(context, normalized);
        if (who is ClassAccessResult.Denied or ClassAccessResult.Held)
        {
            return Unauthorized();
        }

        var cancellationToken = context.RequestAborted;
        if (await store.GetAsync(normalized, cancellationToken) is not { } session)
        {
            return TypedResults.NotFound();
        }

        var results = await reader.ResultsAsync(session, cancellationToken);
        var name = $"class-{normalized}.{format}";
        logger.ClassResultsRead(normalized, name, who.ToString().ToLowerInvariant());
        return format == "csv"
            ? TypedResults.Stream(body => ClassResultsFile.WriteCsvAsync(body, results, cancellationToken), "text/csv; charset=utf-8", name)
            : TypedResults.Stream(
                body => JsonSerializer.SerializeAsync(body, results, ClassesJsonContext.Default.ClassResults, cancellationToken),
                "application/json", name);
    }

    private static async Task<Results<ContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> PageAsync(
        string code, string? t, string? lang, HttpContext context, TeacherTokens tokens, ClassStore store, ClassPage page)
    {
        if (!ClassCodeFormat.TryNormalize(code, out var normalized))
        {
            return InvalidCode();
        }

        if (!tokens.Verify(normalized, t))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: "Open the screen with the link given when the class was created (/class/CODE?t=…); it works for that class until its end.");
        }

        if (await store.GetAsync(normalized, context.RequestAborted) is not { } session)
        {
            return TypedResults.NotFound();
        }

        var language = lang switch { "en" => Language.English, "vi" => Language.Vietnamese, _ => session.Language };
        var response = context.Response;
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Content(page.Render(session, t!, language), "text/html; charset=utf-8");
    }

    private static ValidationProblem InvalidCode() =>
        Invalid("code", $"A class code is {ClassCodeFormat.Length} characters from {ClassCodeFormat.Alphabet}.");

    private static ValidationProblem Invalid(string field, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] });
}
