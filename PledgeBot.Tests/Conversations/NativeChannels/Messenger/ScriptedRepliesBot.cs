using System.Globalization;
using PledgeBot.Dialogs;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Tests.Conversations.NativeChannels.Messenger;

/// <summary>The campaign bot, plus a few "test:…" messages that answer with shapes the flows rarely make (15 options,
/// a card with 4 buttons, long titles and text, numbered pairs and bursts of replies), so the Messenger side can be
/// tested through the real pipeline.</summary>
public sealed class ScriptedRepliesBot(CampaignBot campaign) : IBot
{
    public const string CardTitle = "Thẻ cam kết của bạn";
    public const string LongTitle = "Cam kết không chia sẻ ảnh riêng tư";

    public Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Activity.IsType(ActivityTypes.Message) ? context.Activity.Text ?? string.Empty : string.Empty;
        if (!text.StartsWith("test:", StringComparison.Ordinal))
        {
            return campaign.OnTurnAsync(context, cancellationToken);
        }

        var words = text.Split(' ');
        switch (words[0])
        {
            case "test:wide":
                context.Send("Pick one", new SuggestedActions { Actions = [.. Enumerable.Range(1, 15).Select(i => CardAction.ImBack($"Option {i}", $"option-{i}"))] });
                break;
            case "test:long-titles":
                context.Send("Choose", new SuggestedActions { Actions = [CardAction.ImBack(LongTitle, LongTitle), CardAction.ImBack("Short", "short")] });
                break;
            case "test:card4":
                context.Send("Card below", attachments: [Card()]);
                break;
            case "test:long-text":
                context.Send(LongText());
                break;
            case "test:pair":
                context.Send($"pair {words[1]} a");
                context.Send($"pair {words[1]} b");
                break;
            case "test:burst":
                for (var i = 1; i <= 10; i++)
                {
                    context.Send(string.Create(CultureInfo.InvariantCulture, $"burst {i}"));
                }

                break;
        }

        return Task.CompletedTask;
    }

    public static string LongText() =>
        string.Join('\n', Enumerable.Range(1, 90).Select(i => string.Create(CultureInfo.InvariantCulture, $"Line {i:D2}: ") + new string('x', 40)));

    private static Attachment Card() => new HeroCard
    {
        Title = CardTitle,
        Text = "Chia sẻ để rủ bạn bè",
        Images = [new CardImage { Url = "https://pledge.example/cards/1.png" }],
        Buttons =
        [
            CardAction.OpenUrl("Chia sẻ", "https://pledge.example/share"),
            CardAction.ImBack("Cam kết", "cam kết"),
            CardAction.ImBack("Đố vui", "đố vui"),
            CardAction.ImBack("Menu", "menu"),
        ],
    }.ToAttachment();
}
