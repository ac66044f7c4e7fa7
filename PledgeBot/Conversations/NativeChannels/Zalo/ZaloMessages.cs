using System.Text.Json;
using System.Text.Json.Nodes;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>One reply activity as the <c>message</c> bodies of Zalo OA API v3 send calls, in order
/// (docs/channels/zalo.md). The text comes first; a hero card becomes its image, then its title and text with its
/// buttons; suggested actions become <c>oa.query.hide</c> buttons on the last text (the tap comes back as the action's
/// value). Text over the limit is split. <c>channelData.zalo</c>, when a reply carries one, is sent as it is.</summary>
public static class ZaloMessages
{
    public static IReadOnlyList<JsonObject> From(Activity reply, int buttonLimit, int textLimit)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("zalo", out var raw) && raw.ValueKind == JsonValueKind.Object)
        {
            return [JsonNode.Parse(raw.GetRawText())!.AsObject()];
        }

        var parts = new List<ZaloPart>();
        if (!string.IsNullOrWhiteSpace(reply.Text))
        {
            parts.Add(new ZaloPart(reply.Text, null, []));
        }

        foreach (var attachment in reply.Attachments ?? [])
        {
            AddAttachment(parts, attachment, buttonLimit);
        }

        AddSuggestedActions(parts, reply.SuggestedActions?.Actions ?? [], buttonLimit);
        return [.. parts.SelectMany(part => Render(part, textLimit))];
    }

    /// <summary>How many card buttons were over the limit and listed in the card's text instead.</summary>
    public static int ListedCardButtons(Activity reply, int buttonLimit) =>
        (reply?.Attachments ?? []).Select(Card).Sum(card => Math.Max(0, (card?.Buttons?.Count ?? 0) - buttonLimit));

    private static void AddAttachment(List<ZaloPart> parts, Attachment attachment, int buttonLimit)
    {
        if (Card(attachment) is { } card)
        {
            if (card.Images is { Count: > 0 } images && images[0].Url is { } image && IsWebUrl(image))
            {
                parts.Add(new ZaloPart(null, image, []));
            }

            var buttons = card.Buttons ?? [];
            var text = string.Join("\n", new[] { card.Title, card.Subtitle, card.Text }.Where(line => !string.IsNullOrWhiteSpace(line)));
            if (buttons.Count > buttonLimit)
            {
                // Never dropped silently: every button is in the text as a numbered list, the first ones as buttons.
                text = string.Join("\n\n", new[] { text, ActionOverflow.NumberedList(buttons) }.Where(t => t.Length > 0));
                buttons = buttons.Take(buttonLimit).ToArray();
            }

            if (text.Length > 0 || buttons.Count > 0)
            {
                parts.Add(new ZaloPart(text.Length > 0 ? text : ActionOverflow.NumberedList(buttons), null, buttons));
            }
        }
        else if (attachment.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true
            && attachment.ContentUrl is { } url && IsWebUrl(url))
        {
            parts.Add(new ZaloPart(null, url, []));
        }
    }

    // The actions (already cut to the limit by ChannelTurns) join the last text when it has room for them.
    private static void AddSuggestedActions(List<ZaloPart> parts, IReadOnlyList<CardAction> actions, int buttonLimit)
    {
        if (actions.Count == 0)
        {
            return;
        }

        if (parts.Count > 0 && parts[^1] is { Text: not null } last && last.Buttons.Count + actions.Count <= buttonLimit)
        {
            parts[^1] = last with { Buttons = [.. last.Buttons, .. actions] };
        }
        else
        {
            parts.Add(new ZaloPart(ActionOverflow.NumberedList(actions), null, actions));
        }
    }

    private static IEnumerable<JsonObject> Render(ZaloPart part, int textLimit)
    {
        if (part.ImageUrl is { } image)
        {
            yield return new JsonObject
            {
                ["attachment"] = Template(new JsonObject
                {
                    ["template_type"] = "media",
                    ["elements"] = new JsonArray(new JsonObject { ["media_type"] = "image", ["url"] = image }),
                }),
            };
            yield break;
        }

        var pieces = ZaloText.Split(part.Text!, textLimit);
        for (var i = 0; i < pieces.Count; i++)
        {
            var message = new JsonObject { ["text"] = pieces[i] };
            if (i == pieces.Count - 1 && part.Buttons.Count > 0)
            {
                message["attachment"] = Template(new JsonObject { ["buttons"] = new JsonArray([.. part.Buttons.Select(Button)]) });
            }

            yield return message;
        }
    }

    private static JsonObject Template(JsonObject payload) => new() { ["type"] = "template", ["payload"] = payload };

    private static JsonNode Button(CardAction action)
    {
        var value = action.ValueText ?? action.Text ?? action.Title ?? string.Empty;
        var title = action.Title ?? value;
        return string.Equals(action.Type, ActionTypes.OpenUrl, StringComparison.OrdinalIgnoreCase)
            ? new JsonObject { ["title"] = title, ["type"] = "oa.open.url", ["payload"] = new JsonObject { ["url"] = value } }
            : new JsonObject { ["title"] = title, ["type"] = "oa.query.hide", ["payload"] = value };
    }

    private static HeroCard? Card(Attachment attachment) =>
        string.Equals(attachment.ContentType, HeroCard.ContentType, StringComparison.OrdinalIgnoreCase) && attachment.Content is { } content
            ? content.Deserialize(ProtocolJsonContext.Default.HeroCard)
            : null;

    private static bool IsWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
