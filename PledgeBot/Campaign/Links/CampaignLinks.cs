using Microsoft.Extensions.Options;
using PledgeBot.Campaign.Cards;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Campaign.Links;

/// <summary>Links under <c>Campaign:PublicBaseUrl</c>: a friend's way in with an invite code, and a signed card image.</summary>
public sealed class CampaignLinks(IOptions<CampaignOptions> options, CardSigner signer) : ICampaignLinks
{
    private readonly string _base = options.Value.PublicBaseUrl.TrimEnd('/');

    public string InviteUrl(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return $"{_base}/?ref={Uri.EscapeDataString(code)}";
    }

    /// <summary>The card's URL; throws for a card the endpoint would refuse, so a bad card fails where it is made.</summary>
    public string PledgeCardUrl(PledgeCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var errors = CardQuery.Validate(card);
        if (errors.Count > 0)
        {
            throw new ArgumentException($"The card cannot be served: {string.Join(" ", errors.Values.SelectMany(e => e))}", nameof(card));
        }

        return $"{_base}/cards/pledge.png?{CardQuery.Format(card, signer.Sign(card))}";
    }
}
