using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Dialogs.Engine.Turns;

/// <summary>Per-user message budget (section FloodControl). Zero messages turns flood control off.</summary>
public sealed class FloodControlOptions
{
    public const string Section = "FloodControl";

    [Range(0, 10_000)]
    public int MessagesPerWindow { get; set; } = 20;

    [Range(1, 3_600)]
    public int WindowSeconds { get; set; } = 10;
}
