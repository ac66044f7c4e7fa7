using System.Diagnostics.Metrics;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Safety;

/// <summary>Aggregate counts of safety signals by channel, risk and category (the metrics backend adds the day); never
/// the text. Meter "PledgeBot.Safety", instrument "pledgebot.safety.signals".</summary>
public sealed class SafetyCounts : IDisposable
{
    public const string MeterName = "PledgeBot.Safety";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _signals;

    public SafetyCounts() => _signals = _meter.CreateCounter<long>("pledgebot.safety.signals", description: "Messages the safety check flagged");

    public void Record(string channel, RiskLevel risk, IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var riskName = risk == RiskLevel.High ? "high" : "concern";
        foreach (var category in categories.Count == 0 ? ["none"] : categories)
        {
            _signals.Add(1, new("channel", channel), new("risk", riskName), new("category", category));
        }
    }

    public void Dispose() => _meter.Dispose();
}
