namespace PledgeBot.Classes;

/// <summary>A question asked before and after the lesson: the share right each time and the gain in points.</summary>
public sealed record ClassGain(string Id, string Text, double PrePercent, double PostPercent, double Gain);
