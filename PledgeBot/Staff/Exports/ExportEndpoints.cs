using Microsoft.AspNetCore.Http.HttpResults;

namespace PledgeBot.Staff.Exports;

/// <summary>Staff exports under <c>/admin/export</c> (staff key required on the group): aggregates only, as CSV for
/// Excel or JSON, streamed while read, each one written to the audit log. Each row type declares its columns once
/// (<see cref="IExportRow{TSelf}"/>); <see cref="ExportFile"/> answers the same way for all.</summary>
public static class ExportEndpoints
{
    public static RouteGroupBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/admin/export").RequireAuthorization(StaffAuth.Policy).WithTags("Staff");
        staff.MapGet("/pledges.{format}", ExportPledgesAsync);
        staff.MapGet("/referrals.{format}", ExportReferralsAsync);
        staff.MapGet("/quiz.{format}", ExportQuizAsync);
        staff.MapGet("/safety.{format}", ExportSafetyAsync);
        return staff;
    }

    private static Task<Results<PushStreamHttpResult, ValidationProblem, NotFound>> ExportPledgesAsync(
        string format, string? from, string? to, [AsParameters] ExportServices services, CancellationToken cancellationToken) =>
        ExportFile.DaysAsync("pledges", format, from, to, services.Audit, services.KeyId, services.Pledges.ReadAsync, cancellationToken);

    private static Task<Results<PushStreamHttpResult, ValidationProblem, NotFound>> ExportQuizAsync(
        string format, string? from, string? to, [AsParameters] ExportServices services, CancellationToken cancellationToken) =>
        ExportFile.DaysAsync("quiz", format, from, to, services.Audit, services.KeyId, services.Quizzes.ReadAsync, cancellationToken);

    private static Task<Results<PushStreamHttpResult, ValidationProblem, NotFound>> ExportSafetyAsync(
        string format, string? from, string? to, [AsParameters] ExportServices services, CancellationToken cancellationToken) =>
        ExportFile.DaysAsync("safety", format, from, to, services.Audit, services.KeyId, services.Safety.ReadAsync, cancellationToken);

    private static Task<Results<PushStreamHttpResult, ValidationProblem, NotFound>> ExportReferralsAsync(
        string format, [AsParameters] ExportServices services, CancellationToken cancellationToken) =>
        ExportFile.AllAsync("referrals", format, services.Audit, services.KeyId, services.Referrals.ReadAsync, cancellationToken);
}
