using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PledgeBot.Campaign;
using PledgeBot.Staff.Exports;
using PledgeBot.Store;

namespace PledgeBot.Staff.Dashboard;

/// <summary>The staff dashboard: <c>GET /admin</c> is the page (no key: it holds no data), and
/// <c>GET /admin/dashboard.json?from&amp;to</c> its data (staff key; the exports' date rules; audited like an export).</summary>
public static class DashboardEndpoints
{
    public const int DefaultDays = 30;

    // The page's script and styles come from this host (wwwroot/staff), never a CDN: festival networks fail.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static RouteGroupBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin", GetPage).WithTags("Staff");
        var staff = app.MapGroup("/admin").RequireAuthorization(StaffAuth.Policy).WithTags("Staff");
        staff.MapGet("/dashboard.json", GetDataAsync);
        return staff;
    }

    private static ContentHttpResult GetPage(DashboardPage page, HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Content(page.Html, "text/html; charset=utf-8");
    }

    private static async Task<Results<Ok<DashboardData>, ValidationProblem>> GetDataAsync(
        string? from, string? to, HttpContext context, DashboardQuery query, ExportAudit audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        ExportRange range;
        if (from is null && to is null)
        {
            var today = DateOnly.ParseExact(CampaignDay.Of(time.GetUtcNow()), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            range = new ExportRange(today.AddDays(1 - DefaultDays), today);
        }
        else if (!ExportRange.TryParse(from, to, out range, out var field, out var reason))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] });
        }

        var keyId = context.User.FindFirst(StaffAuth.KeyIdClaim)?.Value ?? "unknown";
        await audit.RecordViewAsync(
            keyId, string.Create(CultureInfo.InvariantCulture, $"dashboard-{range.From:yyyy-MM-dd}-{range.To:yyyy-MM-dd}"), cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await query.ReadAsync(range, cancellationToken));
    }
}
