using Microsoft.AspNetCore.Http.HttpResults;

namespace PledgeBot.Campaign.Page;

/// <summary>The campaign page at <c>/</c>: Web Chat connected to this host's Direct Line.</summary>
public static class CampaignPageEndpoints
{
    public static RouteHandlerBuilder MapCampaignPage(this IEndpointRouteBuilder app) =>
        app.MapGet("/", (CampaignPage page, HttpResponse response) =>
        {
            response.Headers.ContentSecurityPolicy = page.ContentSecurityPolicy;
            response.Headers.CacheControl = "no-cache";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            response.Headers["Referrer-Policy"] = "no-referrer";
            return TypedResults.Content(page.Html, "text/html; charset=utf-8");
        }).WithTags("WebChat");
}
