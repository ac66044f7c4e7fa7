namespace PledgeBot.Tests.Accessibility;

/// <summary>One axe-core rule a page breaks: its id, impact (minor, moderate, serious, critical), help text and where.</summary>
internal sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets);
