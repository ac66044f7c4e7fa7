using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Classes;

/// <summary>Class sessions (section <c>Classes</c>).</summary>
public sealed class ClassesOptions
{
    public const string Section = "Classes";

    /// <summary>Students one class may seat.</summary>
    [Range(1, 1000)]
    public int MaxStudents { get; set; } = 200;

    /// <summary>How long a session (and its teacher token, and the students' conversation references) lives.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Days the class's counts (no references) stay readable for its results after the session's life.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "366.00:00:00")]
    public TimeSpan ResultsKept { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Key that signs teacher tokens (base64, 32 bytes or more); generated once in the store when empty.</summary>
    public string? TokenKey { get; set; }

    /// <summary>Students messaged side by side when a question, a reveal or the end goes out.</summary>
    [Range(1, 256)]
    public int SendConcurrency { get; set; } = 16;

    /// <summary>Sessions listed by <c>GET /admin/classes</c>, newest first.</summary>
    [Range(1, 5000)]
    public int ListLimit { get; set; } = 200;

    /// <summary>Heartbeat comment on a quiet teacher-screen stream.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(15);
}
