using PledgeBot.Conversations.NativeChannels.Telegram;

namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class TelegramTextChunksTests
{
    [Fact]
    public void Keeps_short_text_whole()
    {
        Assert.Equal(["xin chào"], TelegramTextChunks.Split("xin chào", 4096));
    }

    [Fact]
    public void Cuts_a_line_without_breaks_at_spaces_and_never_inside_a_surrogate_pair()
    {
        var words = string.Join(' ', Enumerable.Repeat("an toàn", 20));
        var emoji = string.Concat(Enumerable.Repeat("🤝", 10));

        var byWords = TelegramTextChunks.Split(words, 30);
        var byEmoji = TelegramTextChunks.Split(emoji, 5);

        Assert.All(byWords, chunk => Assert.InRange(chunk.Length, 1, 30));
        Assert.Equal(words, string.Join(' ', byWords));
        Assert.All(byEmoji, chunk => Assert.False(char.IsHighSurrogate(chunk[^1])));
        Assert.Equal(emoji, string.Concat(byEmoji));
    }

    [Fact]
    public void Gives_a_caption_head_and_the_rest()
    {
        var (head, rest) = TelegramTextChunks.Head("dòng một\ndòng hai", 12);

        Assert.Equal(("dòng một", "dòng hai"), (head, rest));
    }
}
