using Microsoft.AspNetCore.Http.HttpResults;

namespace PledgeBot.Referrals;

/// <summary>The influencer's read-only stats page: reach and pledges per day, links and QR code, from a signed link
/// staff hand out. The signature is checked before anything is read, so guessing costs one HMAC.</summary>
internal static class ReferralStatsPage
{
    // Everything inline (styles, chart, QR image), so the page needs nothing from the internet and runs no script.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static async Task<Results<ContentHttpResult, NotFound, ProblemHttpResult>> GetAsync(
        string code, string? sig, HttpContext context, ReferralStatsSigner signer, RedisReferralCatalog catalog,
        ReferralViews views, ReferralLinks links, ILogger<ReferralStatsSigner> logger, CancellationToken cancellationToken)
    {
        if (!ReferralCodeFormat.TryNormalize(code, out var normalized) || !signer.Verify(normalized, sig))
        {
            logger.StatsSignatureRefused(normalized ?? "(malformed)");
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "This link is not signed for this code; ask the campaign team for yours.");
        }

        if (await catalog.GetAsync(normalized, cancellationToken) is not { } stored)
        {
            return TypedResults.NotFound();
        }

        var details = views.Details(stored, await catalog.QuizDaysAsync(normalized, cancellationToken));
        var qr = Convert.ToBase64String(ReferralQrCode.Png(links.Web(normalized)));
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers.CacheControl = "private, max-age=60";
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Content(ReferralStatsHtml.Render(details, qr), "text/html; charset=utf-8");
    }
}
