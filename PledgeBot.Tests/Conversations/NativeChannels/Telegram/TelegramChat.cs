using System.Text;

namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

/// <summary>One Telegram user talking to the bot through the fake: each line is posted as an update and waits for the
/// turn's sends (by default: until one carries a reply keyboard); every exchange goes into a text-only transcript.</summary>
public sealed class TelegramChat(TelegramHostFixture host)
{
    private readonly StringBuilder _transcript = new();
    private int _seen;

    public long Id { get; } = TelegramHostFixture.NewChat();

    public string Transcript => _transcript.ToString();

    /// <summary>The last keyboard the bot showed, row by row flattened.</summary>
    public IReadOnlyList<string> Keyboard { get; private set; } = [];

    public Task<IReadOnlyList<FakeTelegramRequest>> SayAsync(string text, Func<IReadOnlyList<FakeTelegramRequest>, bool>? until = null) =>
        SendAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), Id, text), $"user: {text}", until);

    public Task<IReadOnlyList<FakeTelegramRequest>> TapAsync(string data, Func<IReadOnlyList<FakeTelegramRequest>, bool>? until = null) =>
        SendAsync(TelegramUpdateJson.Tap(TelegramHostFixture.NewUpdateId(), Id, data, $"cb-{Guid.NewGuid():N}"), $"user taps inline: {data}", until);

    private async Task<IReadOnlyList<FakeTelegramRequest>> SendAsync(string update, string line, Func<IReadOnlyList<FakeTelegramRequest>, bool>? until)
    {
        _transcript.Append(line).Append('\n');
        using var response = await host.PostAsync(update);
        response.EnsureSuccessStatusCode();
        var done = until ?? (sends => sends.Count > 0 && sends[^1].KeyboardRows.Count > 0);
        var all = await host.Telegram.WaitAsync(requests => done(FakeTelegram.Sends(requests, Id).Skip(_seen).ToArray()));
        var sends = FakeTelegram.Sends(all, Id).Skip(_seen).ToArray();
        _seen += sends.Length;
        foreach (var send in sends)
        {
            _transcript.Append("  bot ").Append(send.BotMethod).Append(": ").Append(send.Text?.Replace("\n", " ⏎ ", StringComparison.Ordinal));
            if (send.BotMethod == "sendPhoto")
            {
                _transcript.Append(" [photo ").Append(send.Json.GetProperty("photo").GetString()).Append(']');
            }

            if (send.KeyboardRows.Count > 0)
            {
                Keyboard = [.. send.KeyboardRows.SelectMany(row => row)];
                _transcript.Append(" [keyboard: ").Append(string.Join(" | ", Keyboard)).Append(']');
            }

            if (send.InlineButtons.Count > 0)
            {
                _transcript.Append(" [inline: ").Append(string.Join(" | ", send.InlineButtons.Select(b => $"{b.Text} → {b.Url ?? b.Data}"))).Append(']');
            }

            _transcript.Append('\n');
        }

        return sends;
    }
}
