using PledgeBot.Dialogs.Engine.Prompts;

namespace PledgeBot.Tests.Engine.Prompts;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ChoiceRecognizerTests
{
    private static readonly IEnumerable<string>[] s_photos = [["Gửi một tấm thôi"], ["Từ chối, chặn luôn"], ["Để mai tính"]];
    private static readonly IEnumerable<string>[] s_photosEn = [["Send just one"], ["Say no and block"], ["Think about it"]];

    [Theory]
    [InlineData("tu choi")]
    [InlineData("từ chối")]
    [InlineData("chặn")]
    [InlineData("chan luon")]
    [InlineData("cha")]
    [InlineData("2. Từ chối, chặn luôn")]
    [InlineData("2")]
    [InlineData("b")]
    public void Picks_the_one_vietnamese_option_a_word_or_phrase_fits_at_any_position(string typed)
    {
        Assert.Equal(1, ChoiceRecognizer.Match(typed, s_photos).Picked);
    }

    [Theory]
    [InlineData("say no")]
    [InlineData("block")]
    [InlineData("blo")]
    [InlineData("blokc")]
    [InlineData("bloc")]
    [InlineData("blocks")]
    [InlineData("B. Say no and block")]
    public void Picks_the_one_english_option_a_prefix_or_a_one_slip_typo_fits(string typed)
    {
        Assert.Equal(1, ChoiceRecognizer.Match(typed, s_photosEn).Picked);
    }

    [Theory]
    [InlineData("thnik", 2)]
    [InlineData("thinl", 2)]
    [InlineData("abuot", 2)]
    [InlineData("jsut", null)]
    [InlineData("sya", null)]
    public void Forgives_one_slip_only_in_words_of_five_letters_or_more(string typed, int? expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.Match(typed, s_photosEn).Picked);
    }

    [Theory]
    [InlineData("bl")]
    [InlineData("x")]
    [InlineData("4")]
    [InlineData("d")]
    public void Picks_nothing_for_short_slips_cut_words_or_numbers_off_the_list(string typed)
    {
        Assert.Equal(ChoiceMatch.None.Candidates, ChoiceRecognizer.Match(typed, s_photosEn).Candidates);
    }

    [Theory]
    [InlineData("cho", new[] { 0, 2 })]
    [InlineData("trước", new[] { 0, 1 })]
    public void Lists_every_option_a_word_fits_equally_well(string typed, int[] expected)
    {
        IEnumerable<string>[] options = [["Làm theo cho xong", "Kiểm tra trước"], ["Hỏi trước khi đăng"], ["Cãi lại cho rõ"]];

        var match = ChoiceRecognizer.Match(typed, options);

        Assert.True(match.IsAmbiguous);
        Assert.Null(match.Picked);
        Assert.Equal(expected, match.Candidates);
    }

    [Fact]
    public void Prefers_an_exact_word_over_a_cut_short_one()
    {
        IEnumerable<string>[] options = [["Chặn luôn"], ["Chăn ấm"], ["Chanh muối"]];

        Assert.Equal([0, 1], ChoiceRecognizer.Match("chan", options).Candidates);
        Assert.Equal(2, ChoiceRecognizer.Match("chanh", options).Picked);
    }

    [Theory]
    [InlineData("abcde", "abcdf", true)]
    [InlineData("abcde", "abde", true)]
    [InlineData("abcde", "abcdef", true)]
    [InlineData("abcde", "bacde", true)]
    [InlineData("abcde", "badce", false)]
    [InlineData("abcde", "abc", false)]
    [InlineData("abcde", "edcba", false)]
    public void Counts_one_edit_as_a_letter_added_dropped_changed_or_two_swapped(string a, string b, bool expected)
    {
        Assert.Equal(expected, WordMatch.WithinOneEdit(a, b));
    }
}
