using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Campaign.Cards;

/// <summary>Serves pledge cards as PNG images from signed URLs (<see cref="Links.CampaignLinks"/> writes them).</summary>
public static class CardEndpoints
{
    // A signed URL always names the same card, so chat apps and CDNs may keep it for a day.
    private const string CacheControl = "public, max-age=86400";

    public static RouteGroupBuilder MapCards(this IEndpointRouteBuilder app)
    {
        var cards = app.MapGroup("/cards").WithTags("Cards");
        // HEAD too: link previewers ask it before fetching the image.
        cards.MapMethods("/pledge.png", [HttpMethods.Get, HttpMethods.Head], GetPledgeCard);
        return cards;
    }

    private static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> GetPledgeCard(
        HttpContext context, CardSigner signer, IContentSource content, PledgeCardCache cards, ILogger<CardSigner> logger)
    {
        var request = context.Request;
        if (!CardQuery.TryParse(request.QueryString.Value ?? string.Empty, request.Query, out var card, out var signature, out var errors))
        {
            return TypedResults.ValidationProblem(errors, "The card URL is incomplete or malformed.");
        }

        // Checked before anything is looked up or drawn: an unsigned request costs one HMAC.
        if (!signer.Verify(card, signature))
        {
            logger.SignatureRefused();
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Forbidden",
                detail: "The signature does not match the card's parameters; cards come only from links the bot hands out.");
        }

        var pledges = content.Current.Pledges(Languages.FromLocale(card.Language));
        if (card.PledgeIds.FirstOrDefault(id => !pledges.Any(p => p.Id == id)) is { } unknown)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["p"] = [$"There is no pledge '{unknown}'."] });
        }

        var png = cards.GetOrRender(card);
        context.Response.Headers.CacheControl = CacheControl;
        return TypedResults.File(png, "image/png", entityTag: new EntityTagHeaderValue($"\"{signature}\""));
    }
}
