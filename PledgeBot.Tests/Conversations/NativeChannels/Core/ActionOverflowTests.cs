using PledgeBot.Dialogs.Activities;
using PledgeBot.Conversations.NativeChannels;

namespace PledgeBot.Tests.Conversations.NativeChannels.Core;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ActionOverflowTests
{
    private static readonly PledgeBot.Dialogs.Content.ContentCatalog s_content = PledgeBot.Tests.Safety.SafetyTestContent.Source.Current;

    private static readonly CardAction[] s_seven = [.. Enumerable.Range(1, 7).Select(i => CardAction.ImBack($"Option {i}", $"value-{i}"))];

    [Fact]
    public void ActionsWithinTheLimitAreLeftAlone()
    {
        var fit = ActionOverflow.Fit(s_content, s_seven, 7, "vi-VN");

        Assert.False(fit.Cut);
        Assert.Same(s_seven, fit.Shown);
        Assert.Null(fit.NumberedList);
        Assert.Equal("Câu hỏi", ActionOverflow.WithList("Câu hỏi", fit));
    }

    [Fact]
    public void OverTheLimitTheLastSlotBringsTheRestAndTheTextListsEveryOption()
    {
        var fit = ActionOverflow.Fit(s_content, s_seven, 5, "vi-VN");

        Assert.True(fit.Cut);
        Assert.Equal(["Option 1", "Option 2", "Option 3", "Option 4", "Thêm…"], fit.Shown.Select(a => a.Title));
        Assert.Equal(ActionOverflow.MoreValue, fit.Shown[^1].ValueText);
        Assert.Equal(["value-5", "value-6", "value-7"], fit.Rest.Select(a => a.ValueText));
        Assert.Equal(
            "Chọn một:\n\n1. Option 1\n2. Option 2\n3. Option 3\n4. Option 4\n5. Option 5\n6. Option 6\n7. Option 7",
            ActionOverflow.WithList("Chọn một:", fit));
    }

    [Fact]
    public void TheMoreActionSpeaksTheRepliesLanguage() =>
        Assert.Equal("More…", ActionOverflow.Fit(s_content, s_seven, 3, "en-US").Shown[^1].Title);

    [Theory]
    [InlineData("/more", true)]
    [InlineData(" /MORE ", true)]
    [InlineData("Thêm…", true)]
    [InlineData("More…", true)]
    [InlineData("more", false)]
    [InlineData("Thêm", false)]
    [InlineData(null, false)]
    public void TheMoreTapIsRecognisedByValueOrTitle(string? text, bool expected) =>
        Assert.Equal(expected, ActionOverflow.IsMore(s_content, text));

    [Fact]
    public void AListWithoutTextIsTheWholeText() =>
        Assert.StartsWith("1. Option 1\n", ActionOverflow.WithList(null, ActionOverflow.Fit(s_content, s_seven, 2, null)), StringComparison.Ordinal);
}
