using Microsoft.AspNetCore.Http.HttpResults;

namespace PledgeBot.Campaign.Stats;

/// <summary>The public numbers for the campaign site and the festival's big screen.</summary>
public static class StatsEndpoints
{
    public const string Route = "/api/stats";

    public static RouteGroupBuilder MapStats(this IEndpointRouteBuilder app)
    {
        // Anonymous by design: aggregates only. Only GET is mapped, so routing answers every other method with 405.
        var stats = app.MapGroup(Route).WithTags("Stats");
        stats.MapGet(string.Empty, GetStatsAsync);
        return stats;
    }

    private static async Task<Results<Ok<PublicTotals>, ProblemHttpResult>> GetStatsAsync(
        PublicStats stats, HttpResponse response, CancellationToken cancellationToken)
    {
        var totals = await stats.ReadAsync(cancellationToken);
        if (totals is null)
        {
            return TypedResults.Problem(
                title: "The totals are not available right now.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        // Browsers and a CDN in front may reuse the answer as long as this instance does.
        response.Headers.CacheControl = $"public, max-age={(int)PublicStats.Freshness.TotalSeconds}";
        return TypedResults.Ok(totals);
    }
}
