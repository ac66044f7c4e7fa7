using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PledgeBot.Referrals;

namespace PledgeBot.Campaign.Live;

/// <summary>The festival's big screen: <c>GET /live</c> (optionally <c>?ref=BOOTH_CODE</c>) and its Server-Sent
/// Events, <c>GET /api/stats/stream</c>. Public by design: aggregates only.</summary>
public static class LiveEndpoints
{
    public const string StreamRoute = "/api/stats/stream";

    // Script and styles from this host only (wwwroot/screen); the QR code is inline SVG.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    public static RouteGroupBuilder MapLive(this IEndpointRouteBuilder app)
    {
        var live = app.MapGroup(string.Empty).WithTags("Live");
        live.MapGet("/live", GetPageAsync);
        live.MapGet(StreamRoute, LiveStream.StreamAsync);
        return live;
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetPageAsync(
        [FromQuery(Name = "ref")] string? code, LivePage page, RedisReferralCatalog catalog, HttpResponse response, CancellationToken cancellationToken)
    {
        string? booth = null;
        if (!string.IsNullOrWhiteSpace(code) && !ReferralCodeFormat.TryNormalize(code, out booth))
        {
            // A typo on the festival laptop shows at once, instead of a screen whose QR code counts for nobody.
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["ref"] = ["A booth code has 3–32 letters, digits, '-' or '_'."],
            });
        }

        // A booth code that does not exist or was switched off would put a QR code on the screen that counts for nobody.
        if (booth is not null && await catalog.GetAsync(booth, cancellationToken) is not { Active: true })
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown booth code",
                detail: $"Không có mã gian hàng {booth} đang hoạt động: kiểm tra chính tả, hoặc tạo/bật mã trong /admin. · "
                    + $"There is no active booth code {booth}: check the spelling, or create or reactivate it in /admin.");
        }

        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        return TypedResults.Content(page.Render(booth), "text/html; charset=utf-8");
    }
}
