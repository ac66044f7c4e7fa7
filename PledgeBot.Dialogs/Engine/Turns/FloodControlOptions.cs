using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Dialogs.Engine.Turns;

/// <summary>Per-user message budget (section FloodControl). Zero messages turns flood control off.</summary>
public sealed class FloodControlOptions
{
    public const string Section = "FloodControl";

    [Range(0, 10_000)]
    public int MessagesPerWindow { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);
}
