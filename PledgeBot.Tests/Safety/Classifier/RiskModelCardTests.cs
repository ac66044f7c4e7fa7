using System.Text;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety.Classifier;

namespace PledgeBot.Tests.Safety.Classifier;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class RiskModelCardTests
{
    private const string CardBeforeTheGate = """
        { "corpusHash": "x", "trainingRows": 1, "lowBand": 0.2,
          "thresholds": { "self_harm": { "high": 0.3, "concern": 0.2 } } }
        """;

    [Fact]
    public void Gives_the_check_in_instead_of_the_crisis_reply_when_the_topic_head_reads_plain_chat()
    {
        var card = Read(CardBeforeTheGate) with { PlainGate = 0.8 };

        Assert.Equal(RiskLevel.Concern, card.Decide(new RiskScores(0.6, 0.7, "self_harm", 1, Plain: 0.85)));
        Assert.Equal(RiskLevel.High, card.Decide(new RiskScores(0.6, 0.7, "self_harm", 1, Plain: 0.5)));
    }

    [Fact]
    public void Reads_a_card_written_before_the_gate_as_having_none()
    {
        var card = Read(CardBeforeTheGate);

        Assert.Null(card.PlainGate);
        Assert.Equal(RiskLevel.High, card.Decide(new RiskScores(0.6, 0.7, "self_harm", 1, Plain: 0.99)));
    }

    [Fact]
    public void Ships_a_card_with_the_gate_it_was_trained_with()
    {
        Assert.Equal(ThresholdChoice.PlainGate, RiskClassifier.Shipped().Card.PlainGate);
    }

    private static RiskModelCard Read(string json) => RiskModelCard.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
