using Microsoft.ML;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety.Classifier;
using Xunit.Abstractions;

namespace PledgeBot.Tests.Safety.Classifier;

[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class RiskClassifierTests(ITestOutputHelper output)
{
    [Fact]
    public void Ships_a_model_trained_on_the_corpus_it_ships_with()
    {
        var card = RiskClassifier.Shipped().Card;

        Assert.True(card.CorpusHash == SafetyCorpus.TrainingHash(SafetyCorpus.Embedded()),
            "The corpus changed since the model was trained: run `dotnet PledgeBot/bin/Debug/net10.0/PledgeBot.dll safety-train` and commit the model.");
        Assert.Equal(SafetyCorpus.Embedded().Count(r => !r.IsFrozenTest), card.TrainingRows);
    }

    [Fact]
    public void Notices_a_corpus_edit_in_the_training_part()
    {
        var corpus = SafetyCorpus.Embedded();
        var training = corpus.First(r => !r.IsFrozenTest);
        var edited = corpus.Select(r => r == training ? r with { Label = r.Label == CorpusRow.High ? CorpusRow.None : CorpusRow.High } : r);

        Assert.NotEqual(SafetyCorpus.TrainingHash(corpus), SafetyCorpus.TrainingHash(edited));
    }

    [Fact]
    public void Has_thresholds_for_every_category_chosen_between_the_bounds()
    {
        var card = RiskClassifier.Shipped().Card;

        Assert.All(SafetyCategories.All, category =>
        {
            Assert.True(card.Thresholds.ContainsKey(category), category);
            Assert.InRange(card.Thresholds[category].High, 0.05, 0.65);
            Assert.InRange(card.Thresholds[category].Concern, 0.05, 0.65);
        });
    }

    [Fact]
    public async Task Finds_nine_in_ten_high_risk_messages_of_the_frozen_split_it_never_saw()
    {
        var analyzer = SafetyTestContent.Analyzer;
        var scored = new List<ScoredRow>();
        foreach (var row in SafetyCorpus.Embedded().Where(r => r.IsFrozenTest))
        {
            var analysis = await analyzer.AnalyzeAsync(row.Text, null, CancellationToken.None);
            scored.Add(new ScoredRow(row, analysis.Risk, analysis.Categories, analysis.RiskScore));
        }

        var evaluation = new SafetyEvaluation(scored);
        foreach (var line in evaluation.Lines())
        {
            output.WriteLine(line);
        }

        Assert.True(evaluation.HighRecall >= 0.90, $"high recall {evaluation.HighRecall:P1}");
        Assert.True(evaluation.HighFlagged >= 0.93, $"help offered on {evaluation.HighFlagged:P1} of high-risk messages");
        Assert.True(evaluation.ConcernNoticed >= 0.85, $"concern noticed {evaluation.ConcernNoticed:P1}");
        // The target is 5 %; the shipped model reaches about 17 % on these deliberately hard look-alikes
        // (docs/safety.md): this bound keeps it from getting worse until the corpus and model close the gap.
        Assert.True(evaluation.HardNegativeAlerts <= 0.19, $"alerts on hard negatives {evaluation.HardNegativeAlerts:P1}");
        Assert.True(evaluation.PlainFlags <= 0.12, $"plain chat flagged {evaluation.PlainFlags:P1}");
    }

    [Fact]
    public void Scores_the_same_from_many_threads_at_once_as_from_one()
    {
        var classifier = RiskClassifier.Shipped();
        var texts = SafetyCorpus.Embedded().Take(400).Select(r => r.Text).ToArray();
        var alone = texts.Select(classifier.Score).ToArray();

        var together = new RiskScores[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => together[i] = classifier.Score(texts[i]));

        Assert.Equal(alone, together);
    }

    [Fact]
    public void Trains_the_same_model_twice_from_the_same_rows()
    {
        var rows = SafetyCorpus.Embedded().Where(r => r.Fold == 1 && !r.IsFrozenTest).Take(300).ToArray();
        var probes = SafetyCorpus.Embedded().Where(r => r.Fold == 2).Take(50).Select(r => r.Text).ToArray();

        var first = new RiskClassifier(RiskModelTrainer.Train(new MLContext(RiskModelTrainer.Seed), rows), RiskModelCard.Untuned);
        var second = new RiskClassifier(RiskModelTrainer.Train(new MLContext(RiskModelTrainer.Seed), rows), RiskModelCard.Untuned);

        Assert.Equal(probes.Select(first.Score), probes.Select(second.Score));
    }

    [Theory]
    [InlineData("đề lý hôm nay khó muốn chết luôn á")]
    [InlineData("tối qua em bắn chết con boss cuối rồi")]
    [InlineData("mai em thi nhảy cầu ở bể bơi thành phố")]
    [InlineData("em đi bơi nhảy cầu 3m")]
    [InlineData("this homework is killing me lol")]
    public async Task Leaves_everyday_look_alikes_alone(string text)
    {
        var analysis = await SafetyTestContent.Analyzer.AnalyzeAsync(text, null, CancellationToken.None);

        Assert.NotEqual(RiskLevel.High, analysis.Risk);
    }
}
