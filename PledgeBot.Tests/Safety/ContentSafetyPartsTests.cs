using PledgeBot.Safety;

namespace PledgeBot.Tests.Safety;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ContentSafetyPartsTests
{
    [Fact]
    public void Sends_a_short_message_whole_and_nothing_for_blank_text()
    {
        Assert.Equal(["em buồn quá"], ContentSafetyParts.Split("  em buồn quá \n"));
        Assert.Empty(ContentSafetyParts.Split(" \n\t "));
    }

    [Fact]
    public void Cuts_at_a_space_so_no_word_is_split_and_loses_no_word()
    {
        var text = string.Join(' ', Enumerable.Range(0, 4_000).Select(i => $"từ{i}"));

        var parts = ContentSafetyParts.Split(text);

        Assert.All(parts, part => Assert.InRange(part.Length, 1, ContentSafetyParts.MaxLength));
        Assert.Equal(text.Split(' '), parts.SelectMany(part => part.Split(' ')));
    }

    [Fact]
    public void Never_cuts_inside_an_emoji()
    {
        var text = string.Concat(Enumerable.Repeat("😭", 12_000));

        var parts = ContentSafetyParts.Split(text, maxLength: 10_001);

        Assert.All(parts, part => Assert.False(char.IsHighSurrogate(part[^1]) || char.IsLowSurrogate(part[0])));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void Sends_at_most_three_parts_of_a_pasted_essay()
    {
        var text = new string('a', 45_000);

        var parts = ContentSafetyParts.Split(text);

        Assert.Equal(ContentSafetyParts.MaxParts, parts.Count);
        Assert.All(parts, part => Assert.Equal(ContentSafetyParts.MaxLength, part.Length));
    }
}
