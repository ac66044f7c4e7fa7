using Microsoft.AspNetCore.Http.HttpResults;

namespace PledgeBot.DirectLine;

/// <summary>The campaign page at <c>/</c>: Web Chat connected to this host's Direct Line.</summary>
public static class CampaignPageEndpoints
{
    public static RouteHandlerBuilder MapCampaignPage(this IEndpointRouteBuilder app) =>
        app.MapGet("/", (CampaignPage page) => TypedResults.Content(page.Html, "text/html; charset=utf-8")).WithTags("WebChat");
}
