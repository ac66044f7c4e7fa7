using PledgeBot.Dialogs.Safety.Classifier;

namespace PledgeBot.Tests.Safety.Classifier;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class RiskConceptsTests
{
    [Theory]
    [InlineData("em để sẵn thuốc chuột rồi", "method")]
    [InlineData("pills are in my drawer", "method")]
    [InlineData("bố dượng đánh em", "family")]
    [InlineData("my stepdad hits me", "hurt")]
    [InlineData("cong an goi bao e la nghi pham", "authority")]
    [InlineData("cong an goi bao e la nghi pham", "accused")]
    [InlineData("nó dọa tung ảnh nóng", "sexual")]
    public void Names_the_class_of_words_with_or_without_diacritics(string text, string concept)
    {
        var concepts = RiskConcepts.Of(RiskText.Folded(text)).Split(' ');

        Assert.Contains(concept, concepts);
    }

    [Fact]
    public void Pairs_the_classes_a_message_carries_so_the_model_can_weigh_them_together()
    {
        var concepts = RiskConcepts.Of(RiskText.Folded("mẹ kế đánh em")).Split(' ');

        Assert.Contains("familyxhurt", concepts);
        Assert.DoesNotContain("hurtxfamily", concepts);
    }

    [Fact]
    public void Reads_teen_speak_through_its_expansion()
    {
        Assert.Contains("negation", RiskConcepts.Of(RiskText.Folded("e ko sao")).Split(' '));
    }

    [Theory]
    [InlineData("chetxyz")]
    [InlineData("hôm nay trời đẹp")]
    [InlineData("")]
    public void Matches_whole_words_only_and_says_so_when_nothing_matched(string text)
    {
        Assert.Equal("noconcept", RiskConcepts.Of(RiskText.Folded(text)));
    }

    [Fact]
    public void Gives_a_fingerprint_that_the_corpus_hash_carries()
    {
        Assert.Matches("^[0-9a-f]{16}$", RiskConcepts.Fingerprint);
        Assert.NotEqual(SafetyCorpus.TrainingHash([]), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([])));
    }
}
