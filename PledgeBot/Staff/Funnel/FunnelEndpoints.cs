using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PledgeBot.Campaign;
using PledgeBot.Staff.Exports;
using PledgeBot.Store;

namespace PledgeBot.Staff.Funnel;

/// <summary><c>GET /admin/funnel.json?flow=pledge|quiz&amp;from&amp;to[&amp;version]</c> (staff key): where young
/// people stop in a flow. The exports' date rules; the last 30 Viet Nam days when no range is given.</summary>
public static class FunnelEndpoints
{
    public static RouteGroupBuilder MapFunnel(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/admin").RequireAuthorization(StaffAuth.Policy).WithTags("Staff");
        staff.MapGet("/funnel.json", GetAsync);
        return staff;
    }

    private static async Task<Results<Ok<FunnelData>, ValidationProblem>> GetAsync(
        string? flow, string? from, string? to, string? version, HttpContext context, FunnelQuery query, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (flow is null || !FunnelFlows.All.Contains(flow))
        {
            return Invalid("flow", $"flow must be one of {string.Join(", ", FunnelFlows.All)}.");
        }

        if (version is not null && (version.Length is 0 or > 16 || !version.All(char.IsAsciiHexDigitLower)))
        {
            return Invalid("version", "version is a content version as funnel.json lists it (lowercase hex).");
        }

        ExportRange range;
        if (from is null && to is null)
        {
            var today = DateOnly.ParseExact(CampaignDay.Of(time.GetUtcNow()), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            range = new ExportRange(today.AddDays(1 - Dashboard.DashboardEndpoints.DefaultDays), today);
        }
        else if (!ExportRange.TryParse(from, to, out range, out var field, out var reason))
        {
            return Invalid(field, reason);
        }

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await query.ReadAsync(flow, range, version, cancellationToken));
    }

    private static ValidationProblem Invalid(string field, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] });
}
