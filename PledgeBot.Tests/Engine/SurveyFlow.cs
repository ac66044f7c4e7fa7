using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PledgeBot.Dialogs.Engine;

namespace PledgeBot.Tests.Engine;

/// <summary>A flow using every kind of step, registered in tests under the menu's "pledge" entry.</summary>
public sealed class SurveyFlow : Flow<SurveyState>
{
    public override string Id => "pledge";

    protected override JsonTypeInfo<SurveyState> StateType => TestJsonContext.Default.SurveyState;

    protected override IReadOnlyList<Step<SurveyState>> Steps =>
    [
        Ask.Choice(SurveyContent.Color, [SurveyContent.Red, SurveyContent.Blue, SurveyContent.Green], (s, color) => s with { Color = color }),
        Ask.YesNo(SurveyContent.Sure, (s, sure) => s with { Sure = sure }),
        Ask.Text(SurveyContent.Number, RecognizeNumber, (s, number) => s with { Number = number }),
        Call(BandFlow.FlowId, (s, result) => s with { Band = result.GetProperty("band").GetString() }),
        Run(SayDoneAsync),
    ];

    private static string? RecognizeNumber(string text) =>
        int.TryParse(text, out var number) && number is > 0 and < 100 ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    private static Task<SurveyState> SayDoneAsync(StepContext<SurveyState> step, CancellationToken cancellationToken)
    {
        step.Say(SurveyContent.Done, null, ("summary", JsonSerializer.Serialize(step.State, TestJsonContext.Default.SurveyState)));
        return Task.FromResult(step.State);
    }
}
