using System.Globalization;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.Pledge;

/// <summary>What the user is told after pledging: their number, their province's count, and their card to share.</summary>
public static class PledgeReceiptMessages
{
    private static readonly TimeSpan s_vietNamOffset = TimeSpan.FromHours(7);

    public static void Thanks(TurnContext turn, PledgeReceipt receipt, ICampaignLinks links)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(links);
        var province = turn.Content.Provinces(turn.Language).FirstOrDefault(p => p.Id == receipt.Province)?.Name ?? receipt.Province;
        var thanks = turn.Content.Get(turn.Language, PledgeText.Thanks, ("number", turn.Language.Format(receipt.Number)));
        var count = turn.Content.Plural(turn.Language, PledgeText.ProvinceCount, receipt.ProvinceCount, ("province", province));
        turn.Send($"{thanks}\n{count}");

        if (receipt.InviteCode is not { } code)
        {
            return;
        }

        var invite = links.InviteUrl(code);
        var title = turn.Content.Get(turn.Language, PledgeText.CardTitle);
        var card = new HeroCard
        {
            Title = title,
            Images = [new CardImage { Url = links.PledgeCardUrl(new PledgeCard(receipt.Number, receipt.PledgeIds, code, turn.Language.Code())), Alt = CardAlt(turn, title, receipt) }],
            Buttons =
            [
                CardAction.OpenUrl(turn.Content.Get(turn.Language, PledgeText.Share), "https://www.facebook.com/sharer/sharer.php?u=" + Uri.EscapeDataString(invite)),
                CardAction.OpenUrl(turn.Content.Get(turn.Language, PledgeText.InviteLink), invite),
            ],
        };
        turn.Send(turn.Content.Get(turn.Language, PledgeText.CardText, ("link", invite)), attachments: [card.ToAttachment()]);
    }

    // The card image's text alternative: what the card says, the pledges in full (screen readers, slow networks).
    private static string CardAlt(TurnContext turn, string title, PledgeReceipt receipt)
    {
        var pledges = turn.Content.Pledges(turn.Language);
        var texts = receipt.PledgeIds.Select(id => pledges.FirstOrDefault(p => p.Id == id)?.Text).OfType<string>();
        return $"{title} #{turn.Language.Format(receipt.Number)}: {string.Join(" ", texts)}";
    }

    public static void Already(TurnContext turn, PledgeReceipt receipt, ICampaignLinks links)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(links);
        var date = receipt.PledgedAt.ToOffset(s_vietNamOffset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var number = turn.Language.Format(receipt.Number);
        if (receipt.InviteCode is { } code)
        {
            turn.Say(PledgeText.Already, null, ("date", date), ("number", number), ("link", links.InviteUrl(code)));
        }
        else
        {
            turn.Say(PledgeText.AlreadyNoLink, null, ("date", date), ("number", number));
        }
    }
}
