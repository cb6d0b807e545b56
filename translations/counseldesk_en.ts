<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Absences</name>
    <message>
        <source>A text is longer than %1 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of %1 must fall between the start of the time off and the return (or today).</source>
        <extracomment>%1 names a paper of the return (the medical certificate, the application, the assessment)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first day of the time off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time off starts more than 60 days from now. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student is already away since %1. Record the return first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time off no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return cannot be before the time off began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return date is in the future. Record it on the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return needs the medical certificate, the guardian&apos;s application and a passed return assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the medical certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guardian&apos;s application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the return assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the return assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan&apos;s goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date the plan will be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme class meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme class meeting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That appointment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counselor already has an appointment at %1: choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counselor teaches at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counselor leads a group session at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 is outside the room&apos;s open hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the appointment&apos;s day and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment lasts from 5 minutes to 8 hours: change its length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student&apos;s request needs the student: choose them from the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the teacher who asked for the talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the parent who asked for the talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the counselor from the vault&apos;s users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That student is no longer in the roster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desk: what is due and overdue, one click from its record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>row %1 is missing: rows were deleted before row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 does not follow the row before it: rows were deleted, reordered or replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 was edited after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room lead&apos;s checkpoint at row %1 was edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, which the room lead&apos;s checkpoint names, is missing: rows were deleted by someone holding the database key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 differs from the room lead&apos;s checkpoint: rows up to it were deleted, edited or rewritten by someone holding the database key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (written as %2) is not signed: it was added or rewritten outside CounselDesk by someone holding the database key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (written as %2) is signed with a key no room lead certified: it was written outside CounselDesk by someone holding the database key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 claims to be written by %2 but is signed with the key of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (written as %2) does not match its signature: it was edited, or the chain was recomputed, by someone holding the database key, not by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, which the room lead&apos;s checkpoint names, is missing: the newest rows were deleted by someone holding the database key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Created the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a student record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited a student record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a session note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared a private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started a new school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged old records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the concern categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a verified backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the vault from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded a screening instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a screening run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a screening run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a screening run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered screening answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescored screening sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated a screening follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed a screening report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported screening results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the risk levels&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the crisis steps&apos; time limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the directory of institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a crisis event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a crisis step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded who was told of a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed a crisis event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a referral&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered a referral&apos;s return slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded time off school or a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a case as an emergency, consent pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a case&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a semester&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a semester&apos;s lesson timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the lesson topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a lesson plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a counseling group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed a counseling group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a group&apos;s member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded group attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a school event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a school event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked or changed an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked an appointment kept, missed or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the room&apos;s open hours and duty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a counselor&apos;s calendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed a group report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the school profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the district summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditArea</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what and when, with tamper detection (room lead only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster facts changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to another class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken off the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own names and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>papers received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidentiality broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen by the institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper sheets typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grades and classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-ups reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crisis event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time away %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>an audit detail&apos;s part: &quot;instruments: PHQ-9, GAD-7&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>between the parts of an audit detail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make-up lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme class meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lessons missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counseling group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duty shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSubject</name>
    <message>
        <source>(removed)</source>
        <extracomment>the subject of an audit row that is no longer in the vault (a purged student, a deleted run)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a student in the audit log: name and student number
----------
a user in the audit log: display name and login</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>a screening follow-up in the audit log: the student, then the run</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup was cancelled. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not there (was the drive removed?). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder outside the vault, best on another drive: a backup beside the vault is lost with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault changed while the backup started. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database has an unexpected size. Check the vault (Vault ▸ Check integrity) before backing it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the vault database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CounselDesk backup, or it is damaged (it may have been cut short when the drive was removed). Use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer CounselDesk (backup format %2). Install the newer version to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled. The vault was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault %1 is open in CounselDesk. Lock or close it there first, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored vault did not open (%1). The vault you had is back in place, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written, but reading it back from the drive failed (%1). It was removed; try another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds other files than a vault&apos;s, so CounselDesk will not replace it. Choose the vault&apos;s own folder, or a new empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored vault could not be put in place of %1 (%2), so nothing was changed. Close any program using the folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored vault did not open (%1), and the vault you had could not be put back: it is in %2. Do not delete that folder; ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault on this computer is in working order: to replace it, use a passphrase or the recovery code that opens it now. A backup&apos;s older passphrase is not enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a room lead, or the recovery code, can replace the vault with a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to another folder, so CounselDesk will not replace it. Restore into the folder itself: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseOutcome</name>
    <message>
        <source>Goals met or improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student left the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined further counseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Learning and exam stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harm or suicide risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adolescence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the case is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s age is not known: record the guardian&apos;s consent (who and when) before opening a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student is under 14: record the guardian&apos;s consent (who and when) before opening a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the outcome before closing the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes need your own key: unlock with your passphrase, not the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no private note of yours on this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared note:</source>
        <extracomment>heading of a private note that its author shared into the session record</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A category name can have at most %n characters.</source>
        <translation>
            <numerusform>A category name can have at most %n character.</numerusform>
            <numerusform>A category name can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a category called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That category is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one category must stay visible, or no case could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who gave consent and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message>
        <source>Cases and &amp;sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern &amp;categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, reorder or hide what a case can be about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment with %1</source>
        <extracomment>home page: an appointment with a student</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record the guardian&apos;s consent</source>
        <extracomment>home page: a case opened as an emergency needs the guardian&apos;s consent recorded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Lists the vault&apos;s users and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a user (room lead only). Reads the lead&apos;s passphrase, then the new user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead or counselor (default counselor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --role &quot;%1&quot;: use lead or counselor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user to disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the passphrase of the user NAME. Reads the current passphrase (or, with --recovery, the vault&apos;s recovery code), then the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given: run in a terminal, or use --passphrase-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: counseldesk-cli users add|list|disable|passwd VAULT ... (--help on each for its options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown users command &quot;%1&quot;: use add, list, disable or passwd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-derivation strength: minimal (tests only), interactive, moderate (default), or sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STRENGTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --kdf &quot;%1&quot;: use minimal, interactive, moderate or sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recovery code down and keep it in the school safe: it is shown only this once, and it is the only way in if every passphrase is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 other failure; 2 usage error; 3 wrong passphrase or unknown user; 4 vault damaged, tampered with or rolled back; 5 vault in use by another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary, junior, senior, primary_junior, junior_senior or all (default junior).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s full name (default: the user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to create the vault in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the school&apos;s name with --school NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the vault %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocks the vault, checks the database pages, walks the audit chain and compares the rollback marker, then prints a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the full integrity_check instead of quick_check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ok (%n rows)</source>
        <translation>
            <numerusform>ok (%n row)</numerusform>
            <numerusform>ok (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback marker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo room lead&apos;s user name (default demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to create the demo vault in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo room lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo vault %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of standard input (later lines: a new passphrase where one is asked for) instead of the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: counseldesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments. Usage: counseldesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who signs in with --user NAME. Usage: counseldesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new passphrase was given: run in a terminal, or give it on the next line of standard input with --passphrase-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was forgotten: use the vault&apos;s recovery code instead of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new vault in the folder VAULT for the school --school, with the user --user as its room lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --school-type &quot;%1&quot;: use primary, junior, senior, primary_junior, junior_senior or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault failed its check. Stop working in it, restore the newest backup and tell the room lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start. Reinstall CounselDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a verb, such as check or users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only say what would happen; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: %1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3, rejected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many synthetic students (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--students takes a whole number from 0 to 200000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 students, %2 cases, %3 sessions, %4 on the watch list, %5 users, %6 audit rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the backup with the recovery code valid in it instead of a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an encrypted backup of VAULT into the folder DEST (for example a USB stick), reads it back and verifies it, then removes this vault&apos;s older backups there beyond --keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of this vault&apos;s backups to keep in DEST (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the backup into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep takes a whole number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed an older backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a backup file completely: its checksums, its key slots, every page of the database in it and its counts. The backup is unlocked with a passphrase (or the recovery code) valid in it; nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .cdbackup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is complete and intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the backup, then puts it in place of VAULT (or creates VAULT from it). The vault it replaces is kept aside until the restored one has opened, and put back if it does not. Replacing an existing vault needs --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the existing vault (what was done since the backup is lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made %1 and holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault in %1 is a different vault: all of it would be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current vault cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current vault holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The backup is OLDER than the vault: %n recorded actions since then would be lost.</source>
        <translation>
            <numerusform>The backup is OLDER than the vault: %n recorded action since then would be lost.</numerusform>
            <numerusform>The backup is OLDER than the vault: %n recorded actions since then would be lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Add --yes to replace the vault with the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from the backup; it opened and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You unlocked with the recovery code: set a new passphrase when you next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2): %3 — %4 items, %5 bands</source>
        <extracomment>one instrument: code, version, name, items, bands</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the screening instruments that ship with CounselDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks an instrument definition file (docs/instrument-format.md) before a school loads it, and names the line and field of every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition (.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition is valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;instruments list&quot; or &quot;instruments check FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening run, by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header: row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student number: column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time taken: column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers: the numbers are the values (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer &quot;%1&quot; = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows read %1, sheets to import %2 (replacing %3), rows with problems %4</source>
        <extracomment>counts of an answer-file import: rows read, sheets that can be imported, rows left out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports an answer file (CSV or .xlsx, as survey tools and scanners export it) into an open screening run: prints how the columns and answer codes were read, then every row that cannot be imported with its row and column. A file with problems is refused entirely (exit code 1) unless --skip-bad-rows is given; then the other rows are imported (exit code 0). Sheets of students who already have one are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instrument the file answers, e.g. PHQ-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only read the file and say what would happen; write nothing. Exit code 0 when the file has no problem, 1 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows of a file that has problems, leaving the others out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the run with --run NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the instrument with --instrument CODE, e.g. PHQ-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; does not use %2: it uses %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; is closed: reopen it before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; is not open yet: open it before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: sheets %1 (replaced %2), needing follow-up %3, invalid %4, rows left out %5</source>
        <extracomment>counts after an answer-file import</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output format: csv (the only one so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: only csv is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the screening runs, newest first: one tab-separated line per run and instrument after a header line (run, status as planned, open or closed, opening and closing date, grades, instrument, version, students expected, sheets taken, sheets needing follow-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the numbers in the file mean when it cannot tell: &quot;values&quot; (the answers&apos; values) or &quot;one-based&quot; (1 = the first answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --codes &quot;%1&quot;: use values or one-based.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answers are numbers from 1 up and the highest answer never appears, so they may be the values or 1 may stand for the first answer. Say which with --codes values or --codes one-based.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a vault of a synthetic demo school: every name in it is generated, the same for the same seed. The demo counselors share the lead&apos;s passphrase. The school, its staff and its runs are named in the interface language, or in --language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zh_CN or en (default: the interface language, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language takes zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the language of the interface, zh_CN or en: the one chosen in Preferences, else the system&apos;s (what the demo verb uses by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header row: %1</source>
        <extracomment>%1 is a row number of the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column %2 &quot;%3&quot;</source>
        <extracomment>%1 a field (student number, name, …), %2 a column letter, %3 the column&apos;s header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports students from a roster (CSV in UTF-8 or GB18030/GBK, or .xlsx) with a header row such as 学号, 姓名, 性别, 出生日期, 年级, 班级. Students are matched on the student number: existing ones are updated, none is duplicated, growth records are never touched. Rejected rows are listed with their reason; the valid rows are written in one transaction. The column mapping used is printed first; --map overrides a guessed column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read FIELD (student_no, name, sex, birth_date, grade, class) from COLUMN (its header, letter or number); an empty COLUMN ignores the field. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: counseldesk-cli screening runs|create|open|close|import|results VAULT ... (--help on each for its options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;screening runs&quot;, &quot;create&quot;, &quot;open&quot;, &quot;close&quot;, &quot;import&quot; or &quot;results&quot; (each with --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a grade and a class, such as 初二(3)班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a screening run as the New run dialog does: the newest definition of each instrument is pinned, the active students of the grades or classes are its list, and it opens at once when its opening date has come. Prints the run&apos;s name and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s name, unique in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument codes, e.g. PHQ-9,GAD-7 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole grades, e.g. 7,8 or 初一,初二 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRADES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single classes, e.g. 初二(3)班 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLASSES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day answers may come in (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--opens is a date such as 2026-03-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--closes is a date such as 2026-03-20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a run for answers (or reopens a closed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes a run: no more answers come in; its results stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the referrals, newest first: number, status and dates (created, given to the guardian, return slip due, slip returned, closed), tab-separated after a header line. No names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a referral&apos;s letter as a PDF: the newest text printed for it (in its language, unless --language asks for another), else the letter composed from the referral. The PDF is kept in the vault and recorded in the audit log like a print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral&apos;s number, e.g. ZJ-2026-007.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hospital (the letter to the hospital, default), guardian (the advice to the guardian) or slip (the return slip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zh_CN or en (default: the stored text&apos;s, else zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the referral with --referral NUMBER (see &quot;referral list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PDF file to write with --out FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --kind &quot;%1&quot;: use hospital, guardian or slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --language &quot;%1&quot;: use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: counseldesk-cli referral list|letter VAULT ... (--help on each for its options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;referral list&quot; or &quot;referral letter&quot; (each with --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault it replaced could not be read, so it was kept as it was in %1. CounselDesk never deletes that folder; remove it yourself once you are sure it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder held a vault database without its key-slot file. It was not deleted: it was moved, unchanged, to %1. A backup&apos;s key-slot file may still open it; keep it until you are sure it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disables a user (room lead only): their key slot is removed, the vault key is replaced, and they can no longer unlock the vault or any copy of it made from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code (needed once, to renew the recovery slot):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery code was given: run in a terminal, or give it on stdin after the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1. The vault key was replaced: no copy of their key slot opens the vault now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok (%1 signed rows, %2 from before signing, %3 checkpoints of the room lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key generation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a run&apos;s results on standard output: participation and the number of sheets in each band, for the whole run, each grade and each class, one count per line. Counts only: no name, no student number. Counts below --min-cell, band and follow-up counts that close to their group&apos;s total, and whatever would let them be worked out from the other lines are withheld and printed as *. The export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest count printed (default 5, at least 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-cell is a whole number from 2 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school has no semester yet. Add one on the Lessons page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the semester&apos;s lesson plan from this week on (the current semester unless --semester names one) and saves it: planned lessons not edited by hand are replaced; hand edits, delivered, cancelled and made-up lessons are kept. Prints the plan&apos;s compliance per class and grade and every window that cannot be met, with its reason. --dry-run prints the same without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semester&apos;s name (default: the current one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan from this school week (default: this week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan without saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-week takes a school week number such as 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for %1 from week %2 saved: %3 lessons planned, %4 replaced, %5 kept; %6 lessons missing (%7 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for %1 from week %2 (dry run, nothing saved): %3 lessons would be planned, %4 replaced, %5 kept; %6 lessons missing (%7 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every window from week %1 on can be met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the lesson compliance per class and grade (lessons required so far, delivered, windows behind, planned ahead, theme class meetings), classes behind first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count as of this day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD, e.g. 2026-11-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: counseldesk-cli lessons plan|compliance VAULT ... (--help on each for its options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;lessons plan&quot; or &quot;lessons compliance&quot; (each with --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the semester&apos;s anonymised summary for the district as a package (PDF, CSVs, workbook, summary.json, manifest.json) in a folder of its own inside DIR, reads it back and verifies it, and records the export in the audit log. Room lead only; the school profile must have the district&apos;s school code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder or drive to write the package into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest count published, 2 to 1000 (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zh_CN or en (default zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a package of the same school and semester already in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the folder or drive to write the package into with --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k must be a whole number from 2 to 1000 (5 or 10 are usual), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To replace the package that is there, run again with --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown district command &quot;%1&quot;. Usage: counseldesk-cli %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder or drive to write the district package into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a district package of the same semester already in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school&apos;s package folder, or a folder of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the folder or drive to write the district package into with --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To replace the district package that is there, run again with --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: counseldesk-cli VERB [options]

Verbs:
  init VAULT --school NAME --user NAME   create a vault and print its recovery code
  check VAULT --user NAME                check the database, audit chain and rollback marker
  users add|list|disable|passwd VAULT    manage the vault&apos;s users
  import-roster VAULT FILE --user NAME   import students from a CSV or .xlsx roster
  demo VAULT [--language L]              create a vault of a synthetic demo school
  backup VAULT DEST --user NAME          write a verified backup into the folder DEST
  verify BACKUP --user NAME              check a backup file completely
  restore BACKUP VAULT --user NAME       replace VAULT by the backup (after checking it)
  instruments list | check FILE          the screening instruments; check a definition file
  screening runs VAULT --user NAME       list the screening runs and their participation
  screening create VAULT --name NAME --instrument CODE --grades 7,8 --opens DATE --closes DATE
                                         create a run (--classes for single classes)
  screening open|close VAULT --run NAME  open a run for answers, or close it
  screening import VAULT FILE --run NAME --instrument CODE --user NAME
                                         import an answer file into a run (--dry-run first)
  screening results VAULT --run NAME --user NAME
                                         a run&apos;s results as CSV (counts only)
  referral list VAULT --user NAME        list the referrals: number, status, dates (no names)
  referral letter VAULT --referral NUMBER --out FILE.pdf --user NAME
                                         a referral&apos;s letter as a PDF (--kind, --language)
  lessons plan VAULT [--semester NAME] [--dry-run] --user NAME
                                         build the semester&apos;s lesson plan; print its compliance and gaps
  lessons compliance VAULT --user NAME   lessons required, delivered and behind per class and grade
  export-district VAULT --out DIR [--semester NAME] [--k N] --user NAME
                                         the semester&apos;s anonymised summary for the district, as a
                                         verified package (--language, --replace)
  district merge PACKAGE... --out DIR    the district&apos;s tables from many schools&apos; packages, as a
                                         verified package; no vault (--k, --language, --replace)
  language                               print the interface language (zh_CN or en)

Run counseldesk-cli VERB --help for a verb&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds up the schools&apos; district packages (folders written by export-district; a folder holding several packages adds every one) into the district&apos;s tables, checks every package&apos;s manifest first, keeps every withheld count withheld (a lower bound where the other schools published theirs), audits the result, and writes it as a verified package in a folder of its own inside DIR. No vault is needed. Every rejected package (changed, cut off or incomplete) is listed with its folder and file, and the exit code is 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s k, 2 to 1000 (default 5): the smallest count published. A package exported with a smaller k is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Name the folder or drive to write the district package into with --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s tables publish no count from 1 to %1 (k = %2).</source>
        <extracomment>the district merge&apos;s k, after its success message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <extracomment>%1 the recovery code</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Cannot write %1: %2. Check the drive and free space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive did not confirm the write to %1. Check the drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive is full: %1 could not be written. Free some space or use another drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive or folder of %1 is no longer there (was the USB stick removed?). Put it back, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the drive is read-only or the folder is not yours. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive reported an error while %1 was written: it may be failing. Try another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Check the drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2. Check the drive and its permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisArea</name>
    <message>
        <source>Crisis and referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open crisis events and their steps, referrals and their slips, students away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;crisis event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student at risk: record what happened, the assessment and the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk &amp;levels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the four risk levels as your school does and pick their colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis step &amp;time limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long after an event each step of the crisis procedure may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory of institutions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitals, mental-health centres, police, hotlines the room works with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;isis and referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter&amp;head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s name, address, phone and logo on printed documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisDesk</name>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>home page: student · class: risk level, kind of event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the return slip of referral %2 is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: follow-up after referral %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: review the support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: review the safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis steps overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open crisis events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals: slips and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support and safety plans to review this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 not recorded in time</source>
        <extracomment>home page: student · class: the crisis step not done in time (its due time is in the next column)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisEventView</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisEvents</name>
    <message>
        <source>A teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screening flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>who raised a crisis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicidal thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicide attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of harming others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major stress or loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of crisis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the school leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police (110)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency (120)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An institution in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>who was told</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>how someone was told</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text is longer than %1 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the room lead can change the crisis steps&apos; time limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time limit must be between 0 (none) and 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened: what was seen or said, by whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time the crisis was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the event is in the future. Check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level differs from the one the assessment suggests. Say why you chose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis event: %1</source>
        <extracomment>the watch-list reason written when a crisis event raises the level; %1 the kind of crisis</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crisis event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crisis event is closed. Open a new event for a new crisis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is before the event itself (%1). Check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is in the future. Check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was found at the event&apos;s own time; change that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why confidentiality had to be broken (for example: to protect the student&apos;s life).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the institution from the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That institution is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crisis event is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the event can be closed (the risk has passed, the student is in care …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisFormat</name>
    <message>
        <source>Student #%1</source>
        <extracomment>a student no longer in the list (the id is shown)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>name · class</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisStepDialogs</name>
    <message>
        <source>Not before the event and not in the future</source>
        <extracomment>tooltip of a step&apos;s or notification&apos;s time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriticalAlert</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a student in the critical-answer messages: %1 name, %2 student number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — answered %3</source>
        <extracomment>a critical answer: %1 the instrument (&quot;PHQ-9&quot;), %2 what the item is about, %3 the answer&apos;s value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — answered %3 (%4)</source>
        <extracomment>a critical answer: %1 the instrument (&quot;PHQ-9&quot;), %2 what the item is about, %3 the answer&apos;s value, %4 its label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave a critical answer:

%2

The answers are saved. See the student today: record a crisis event now, or open the growth record.</source>
        <extracomment>%1 the student (&quot;李小明 (2026001)&quot;), %2 the critical answers, one a line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a crisis event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the growth record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
and %n more</source>
        <extracomment>after the first ten names of a list: %1 the names, one a line</extracomment>
        <translation>
            <numerusform>%1
and %n more</numerusform>
            <numerusform>%1
and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) gave a critical answer on the imported sheets:

%1

The answers are saved. See each student today: record a crisis event now, or open the growth record.</source>
        <translation>
            <numerusform>%n student gave a critical answer on the imported sheets:

%1

The answers are saved. See each student today: record a crisis event now, or open the growth record.</numerusform>
            <numerusform>%n students gave a critical answer on the imported sheets:

%1

The answers are saved. See each student today: record a crisis event now, or open the growth record.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the flagged list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a student to choose, with their critical answers: %1 the student, %2 the answers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which student?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The key-slot parameters are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>%1 Experimental School No. %2 (demo)</source>
        <extracomment>%1 is an invented town name, %2 a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 autumn screening</source>
        <extracomment>a demo screening run&apos;s name; %1 is the year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spring screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 autumn screening (primary grades)</source>
        <extracomment>a demo screening run&apos;s name; %1 is the year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spring screening (primary grades)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides and a short video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion cards, worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role-play scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group game, reflection sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class joined in well; the role-play ran long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet start, livelier in the group work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several students asked to talk afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good discussion; next time leave more time for sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class taken for a school assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting along in our class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying no to bullying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring for our mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worried about the coming exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble with a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeping badly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to talk about home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher noticed the student withdrawn in class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent asks how to talk about phone use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 school year, first semester</source>
        <extracomment>the demo&apos;s autumn semester, &quot;2026–2027学年第一学期&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Day holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-term exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 school year, second semester</source>
        <extracomment>the demo&apos;s spring semester, &quot;2026–2027学年第二学期&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qingming holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day holiday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Give the institution&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the institution&apos;s fields is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory already has &quot;%1&quot;. Edit that entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital department</source>
        <extracomment>a hospital&apos;s psychiatric or psychological department</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental-health centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>institution kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That institution is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>The check that withheld counts cannot be worked out failed (solver status %1). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest count published must be at least 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Withheld so that no student can be identified: counts of 1 to %1 students, counts close to their total, and counts from which a withheld one could be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictArea</name>
    <message>
        <source>School pro&amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s type, students, counselors, room and funding for the district, checked against the standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District &amp;summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semester&apos;s anonymised summary for the district: preview it, then export it to a folder or USB drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictExport</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school profile has no district school code yet. Fill in Vault ▸ School profile… first (the district&apos;s code for the school), then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the room lead can export the district summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose an existing folder or a drive that is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the school profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the semester…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the last check against the vault&apos;s names and notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the package and reading it back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district summary for %1 is in
%2

Checksum (SHA-256 of manifest.json) begins %3. Counts withheld: %4. Values shown as * (these counts and the percents that depend on them): %5.</source>
        <extracomment>%1 semester, %2 the folder, %3 the checksum&apos;s start, %4 counts of students withheld, %5 values shown as * (those counts and the percents worked out from them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive can now be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictMerge</name>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a rejected package: %1 its folder, %2 what is wrong with it (names the file)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no package to merge. Choose the folders of the schools&apos; packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packages are not all for the same semester: %1 is for %2, but %3 is for %4. Merge one semester at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packages do not all have the same tables: %1 has layout %2 version %3, but %4 has layout %5 version %6. Ask the schools to export again with the same version of CounselDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two packages are for the same school (%1) and semester (%2): %3 and %4. Keep only one of them, then merge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district tables cannot be published safely: %1 Nothing was written. Leave out the packages of the schools concerned, or ask them to export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schools&apos; counts do not add up with each other, so the packages cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in &quot;%1&quot;, row &quot;%2&quot;, column &quot;%3&quot;, a withheld count could be worked out to within fewer than %4 from the other figures.</source>
        <extracomment>%1 a table&apos;s title, %2 its row, %3 its column, %4 the threshold k</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District summary: %1 schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ n: at least n; some schools withheld part of this count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district summary cannot be written (%1). This is a fault in CounselDesk; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not made from this district summary, so nothing was written. This is a fault in CounselDesk; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>junior high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senior high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nine-year school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete secondary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twelve-year school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packages&apos; table %1 has a rate (%2) this version of CounselDesk cannot add up over schools. Update CounselDesk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room open hours are added up over the schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each school&apos;s staffing, funding and lessons compliance, to compare with the standards: facts about the schools, not about students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a row of the district&apos;s table of schools: %1 the school&apos;s code, %2 its type (初级中学)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a district summary, not a school&apos;s package: merge the schools&apos; own packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was exported with k = %2, below the %3 asked for. A district summary cannot withhold more than the schools&apos; packages did: ask the school to export again with k = %3, or merge with k = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it publishes a count from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it states the same count twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the package&apos;s counts do not add up with each other, so it cannot be merged. Ask the school for a new copy of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a withheld count can be worked out to within fewer than %1 from the package&apos;s other figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not safe to add to the district&apos;s tables: in &quot;%2&quot;, row &quot;%3&quot;, column &quot;%4&quot;, %5. Nothing was merged. Leave this package out, and ask the school to export again with CounselDesk.</source>
        <extracomment>%1 a package&apos;s folder, %2 a table&apos;s title, %3 its row, %4 its column, %5 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package found in %1: choose the package folders or the folder (or drive) that holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped: it is a district summary (a merged package), not a school&apos;s package.</source>
        <extracomment>%1 a folder found while scanning a folder of packages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s k must be a whole number from %1 to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has layout %1 version %2, which this version of CounselDesk does not know (it knows %3 version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its school code &quot;%1&quot; is not 1 to 32 letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its school type &quot;%1&quot; is not one CounselDesk writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no table &quot;%1&quot;, which its layout has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a table &quot;%1&quot; that its layout does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its table &quot;%1&quot; is not where its layout puts it, or is there twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not have its layout&apos;s part, title or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not have its layout&apos;s columns and their labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; lacks the row &quot;%2&quot;, which an exporter writes for this school</source>
        <extracomment>%1 a table&apos;s id, %2 the row&apos;s key (&quot;grade=12&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row &quot;%2&quot; does not have its layout&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has a row &quot;%2&quot; that its layout does not define</source>
        <extracomment>%1 a table&apos;s id, %2 a row&apos;s key the layout does not define (&quot;level=…&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows of table &quot;%1&quot; are not in their layout&apos;s order, or one is there twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row &quot;%2&quot;, column &quot;%3&quot; %4</source>
        <extracomment>%1 a table&apos;s id, %2 a row&apos;s key, %3 a column&apos;s key, %4 what is wrong there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carries a lower bound (at_least), which only a district&apos;s merged package has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not marked sensitive as its layout says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>states %1, but its funding and students enrolled give %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a percent of other counts than its row&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is published, though its counts are withheld or too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is withheld, though its counts are published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>states %1, but its counts give %2</source>
        <extracomment>%1 the percent stated, %2 the one its counts give</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a package CounselDesk writes: %2. Nothing was merged. Ask the school to export the package again with CounselDesk.</source>
        <extracomment>%1 a package&apos;s folder, %2 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not state that this count is the sum of its parts, as its layout implies (its list of relations was cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the package&apos;s counts do not add up with each other: in &quot;%2&quot;, row &quot;%3&quot;, column &quot;%4&quot;, the total is not the sum of its parts. It cannot be merged. Ask the school for a new copy of the package.</source>
        <extracomment>%1 a package&apos;s folder, %2 a table&apos;s title, %3 its row, %4 its column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a number marked withheld or sensitive, which only counts of students are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it states the relation of this total to its parts twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it publishes a sensitive count within %1 of its total, which identifies as well as a small count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not state whether this total&apos;s parts break one group down as its layout does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictMergeRun</name>
    <message>
        <source>The merge was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose an existing folder or a drive that is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking the packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) were rejected, so nothing was merged:</source>
        <translation>
            <numerusform>%n package was rejected, so nothing was merged:</numerusform>
            <numerusform>%n packages were rejected, so nothing was merged:</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding up the schools and checking the district tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the district package and reading it back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district summary for %1 (%2 schools) is in
%3

Checksum (SHA-256 of manifest.json) begins %4. Counts withheld: %5, of which %6 shown as a lower bound (≥n). Values shown as * or ≥n (these counts and the percents that depend on them): %7.

The drive can now be removed.</source>
        <extracomment>%1 semester, %2 how many schools, %3 the folder, %4 the checksum&apos;s start, %5 counts of students withheld, %6 of them printed as lower bounds (≥n), %7 values shown as * or ≥n (those counts and the percents of them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictPackage</name>
    <message>
        <source>The package&apos;s workbook could not be read back for the last check. Nothing was written; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a student&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a student&apos;s birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guardian&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text from a student&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary cannot be exported (%1). This is a fault in CounselDesk; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package for this school and semester is already in %1. Replace it, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already there and is not a package. Move or rename it, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the package was cancelled; nothing was left in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files on the drive differ from those written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from the package. Ask the school for a new copy of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the package is shorter than its manifest says (it was cut off). Ask the school for a new copy of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the package is longer than its manifest says (it was changed). Ask the school for a new copy of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the package does not match its checksum (it was changed or damaged). Ask the school for a new copy of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the package folder but not in its manifest (it was added). Ask the school for a new copy of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the package is too large to be part of a package. Ask the school for a new copy of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the package does not follow the package format (%2). Ask the school for a new copy of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the package is not valid JSON (at byte %2: %3). Ask the school for a new copy of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the package cannot be read (%2). Check the drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the package has format version %2, which this version of CounselDesk cannot read. Update CounselDesk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no package folder at %1. Choose the folder the school&apos;s package was copied to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook of the package could not be made (%1). Check that the temporary folder has space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not made from this summary, so the package was not written. This is a fault in CounselDesk; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped: %1 held in the vault was found in %2 of the package for %3. Nothing was written. This should never happen; please report it to whoever looks after CounselDesk at your school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The package that was there before is kept in %2: rename it back, or delete it and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder left by an earlier export, %1, could not be removed: delete it yourself (it is not the package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped: %1 held in the vault was found in the package folder&apos;s name (made of the school code and the semester&apos;s name). Nothing was written in %2. Change the school code or the semester&apos;s name, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was written, but reading it back from the drive failed (%1). What was written was removed; try another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was written, but reading it back from the drive failed (%1). What was written could not be removed: delete the folder %2 yourself (it is not a package), then try another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is written and was checked, but the drive did not confirm that its folder is stored (%1). Eject the drive safely before removing it, then open the package on it to check that it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a referral&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district package of this semester is already in %1. Replace it, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary.json of the package is in the language &quot;%1&quot;, but a package is written in zh_CN or en. Ask the school to export the package again with CounselDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary.json of the package says its %1 is &quot;%2&quot;, but manifest.json says &quot;%3&quot;: one of them was changed. Ask the school for a new copy of the package.</source>
        <extracomment>%1 a field of the header (k, semester…), %2 summary.json&apos;s value, %3 manifest.json&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary.json of the package gives the withheld count of table &quot;%1&quot;, row &quot;%2&quot;, column &quot;%3&quot; a lower bound of %4, below k = %5: a bound that small tells the count. Ask for a new copy of the package.</source>
        <extracomment>%1 a table&apos;s id, %2 a row&apos;s key, %3 a column&apos;s key, %4 the bound, %5 the threshold k</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package folder %1 cannot be read (permission denied?). Ask whoever copied it to let this account read it, or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictSummary</name>
    <message>
        <source>Semester summary of mental-health work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (school code %2)</source>
        <extracomment>the printed summary&apos;s school line: the school&apos;s name and the district&apos;s code for it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>the running head of the printed summary: the school and the semester</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · layout %2, version %3</source>
        <extracomment>the printed summary&apos;s footer: the program that made it, the table layout and its version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing and funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring and early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart of “%1”: all its counts are withheld.</source>
        <extracomment>in place of a bar chart of a table&apos;s column (%1) whose every count is withheld</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart of “%1”: its counts are withheld or 0.</source>
        <extracomment>in place of a bar chart of a table&apos;s column (%1) whose counts are withheld or 0</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>The school&apos;s logo could not be read as a picture, so the document is printed without it. The room lead can choose the logo again under Letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists, that you may write there and that the drive has free space. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no PDF to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and cannot be replaced. Choose another name. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cannot be used. Check that it is connected and switched on, or save the document as a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer reported an error and the document may not have printed. Check the printer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The date format of printed documents (Qt&apos;s QDate format), e.g. 2026年3月5日</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the next two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the next few days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as soon as possible, today if you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student&apos;s name, sex, age and grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the school observed and for how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school&apos;s questions for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screening results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an excerpt from counselling records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guardian&apos;s contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpatient follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted to hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing further needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can attend school as usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can attend school with support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off school advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A name with a note in brackets, e.g. 李女士（母亲）</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The separator of items written out in a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut along the dashed line and return the slip below to the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <extracomment>A student&apos;s age in years on a printed document</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital and department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support the school should give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis (shared by the guardian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by the guardian (or the doctor) after the visit, ticking what applies, and returned to the counselling room. A note from the hospital may be attached if the guardian wishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at school by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice to seek a medical consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear parent or guardian,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At school we have noticed the following about your child %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has lasted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your child&apos;s health, the school&apos;s counselling room advises you to take your child to the psychology or psychiatry department of a regular hospital &lt;b&gt;%1&lt;/b&gt;, so that a doctor can make a professional assessment. This is the school&apos;s advice: the school does not make medical judgements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We suggest: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the visit, please bring the return slip back to the counselling room, so that the school can support your child in the way the doctor advises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the visit, please bring the return slip back to the counselling room by %1, so that the school can support your child in the way the doctor advises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you tell us is kept confidential and shared at school only as far as your child&apos;s safety requires. If you have any question, please contact us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School counselling room (stamp):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have received this advice and understood it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree that the school gives the doctor the information listed in its referral letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This advice is made out in two parts: one for the school, one for the guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear doctor,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student below has shown the behaviour described in this letter at school. The school&apos;s counselling room has advised the guardian to bring the student to you for a professional assessment. What follows is what the school observed; it is not a medical judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian will give the student&apos;s details in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How long:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The school advised a visit&lt;/b&gt; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the school observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening questionnaires point to who may need attention; they are not a medical judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the school&apos;s counselling records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the student attend school as usual at present?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What support or precautions should the school provide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When is the next visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this letter includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the guardian&apos;s consent, this letter includes only: %1. Nothing else from the school&apos;s records is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <extracomment>A label and its value in a line of text, e.g. 电话：010-6200 1234</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact at the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your help. We would be grateful for your advice on how the school can support the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School counselor (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School counselor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;12356&lt;/b&gt; national psychological assistance hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;12355&lt;/b&gt; youth service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency: &lt;b&gt;120&lt;/b&gt; (ambulance), &lt;b&gt;110&lt;/b&gt; (police)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When things feel too hard, go through these steps in order until you feel safer. Keep this page where you can find it quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts, feelings, situations that tell me a crisis may be starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To take my mind off things without contacting anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places that help me feel better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I can be with others and feel distracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family, friends, my class teacher, a teacher I trust (names and phone numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals and hotlines I can call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school counselor during school hours; the hotlines at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with the guardian, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making my surroundings safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian keeps medicines, knives and other dangerous things locked away, and keeps windows and balconies safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one thing most important to me, worth living for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will look at this plan again on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlaggedActions</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>The watch-list reason proposed from a screening: run name, instrument, why the sheet is flagged.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case for %1 is open. Write its sessions in the student&apos;s growth record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the follow-up of %1? It was closed as &quot;%2&quot; with the note: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupCodes</name>
    <message>
        <source>Adjusting to a new school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning and exam stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adolescence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole-school activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk for parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupReport</name>
    <message>
        <source>Group report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members now, %2 in all; %3 sessions; attendance %4 of %5 marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the group report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report shows the names of the group&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only: the description, the outcome and every note stay in the counseling room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not printed: %1 held in the vault was found in its text (the group&apos;s name or a session&apos;s topic). A report with counts only may leave the counseling room: change that text, or print the copy with names to keep in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the members&apos; names? Names belong only on a copy kept in the counseling room; a report that leaves the room shows counts only, with counts from 1 to 4 withheld (1 to 9 when stricter) and whatever would let them be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only, &amp;stricter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupReportCounts</name>
    <message>
        <source>The smallest count printed must be from 2 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group report&apos;s counts could not be protected; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>The group has no name: give it one, e.g. &quot;初一新生适应小组&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no leader: choose the counselor who leads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has no date and time: enter when it was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lasts from 5 to 480 minutes, not %1: correct its length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance names a student who is not a member of this group: add them as a member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance names the same student twice: mark each member once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader &quot;%1&quot; is not a user of this vault: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the group&apos;s outcome (what changed for its members) before closing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is closed: it takes no new members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the student joined the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That student is not on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer at the school: only current students can join a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a member of this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined on %2: the date they left cannot be earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That student is not a current member of this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is closed: it has no new sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That group session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsArea</name>
    <message>
        <source>Groups and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group counseling, whole-school activities, family education and teacher trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>CounselDesk: the counseling room&apos;s encrypted workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault in FOLDER instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start. Reinstall CounselDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language LANGUAGE (zh_CN or en) this time, whatever the preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the District window (for the education bureau, no vault) with the packages in FOLDER... (packages, or folders holding packages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --district: a package, or a folder holding packages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1, line %2: a quoted field is never closed. The file may be cut off; export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB: that is not a school roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file. Choose the CSV or .xlsx file with the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in an encoding CounselDesk can read (UTF-8 or GB18030/GBK). Open it in Excel and save it again as &quot;CSV UTF-8&quot; or as an .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook (%2). Open it in Excel or WPS and save it again as .xlsx, or export it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a zip archive, or it is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no workbook inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first worksheet is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell lies beyond the last column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 refers to a missing shared string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worksheet&apos;s XML is damaged near line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the file has more than %L3 cells; a roster is far smaller. Check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row lies beyond the last row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worksheet has more than %L1 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than %L1 shared strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has a cell longer than %L2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>%1, line %2 (%3): %4</source>
        <extracomment>%1 file, %2 line, %3 field such as bands[2], %4 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problems)</source>
        <translation>
            <numerusform>%1 (and %n more problem)</numerusform>
            <numerusform>%1 (and %n more problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>a flag needs &quot;at_least&quot; or &quot;below&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the item ids, or write &quot;all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot; is referenced twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the method is &quot;sum&quot; or &quot;mean&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a band needs numbers &quot;min&quot; and &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;max&quot; is below &quot;min&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the band has no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gap after the band before: no band holds %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps the band before (it starts at %1, that one ends at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no band holds the lowest possible total, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no band holds the highest possible total, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not a valid definition (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only format 1 is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instrument needs a code, such as &quot;PHQ-9&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition needs a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instrument needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least two answer options are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instrument has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subscale needs a code of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say how the total is made (&quot;items&quot;: &quot;all&quot;, &quot;method&quot;: &quot;sum&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 0 and one less than the number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the threshold must be between 1 and the number of lie items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer is above %1: the rule could never apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the item needs follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be an instrument definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no scale &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;M&quot;, &quot;F&quot;, or leave it out for both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mean is a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard deviation is a number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grade from 1 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same scale, grades and sex as norms[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer&apos;s value is a whole number from 0 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code is letters, digits, &quot;-&quot; or &quot;_&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source is a text, or texts by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases are a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Io</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 (.xls) workbook. Open it in Excel or WPS and save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskLanguage</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item text (item numbers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: item numbers only, no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: items in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the student kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questionnaires of “%1” have no item text in %2, the kiosk’s language:

%3

Students would see these items in the language listed, or only their numbers. Load the official %2 text first (Screening → Instruments… → Load a definition…), or go on if the students read that language or the paper sheet is read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonChanges</name>
    <message>
        <source>Add a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Add the lesson all the same?</source>
        <extracomment>asked before adding a lesson by hand when only warnings stand in the way (%1: them, one a line)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Move the lesson all the same?</source>
        <extracomment>asked before moving a lesson when only warnings stand in the way (%1: them, one a line)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make up lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Make up the lesson at this time all the same?</source>
        <extracomment>asked before a make-up lesson when only warnings stand in the way (%1: them, one a line)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make up anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonTexts</name>
    <message>
        <source>%1 (%2–%3)</source>
        <extracomment>a period of the school day with its times, in a list or on a printed timetable: &quot;3 (09:40–10:20)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: %1</source>
        <extracomment>under a lesson&apos;s time when nothing stands in the way: &quot;Free: 2026-09-07&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>That lesson no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (week %2, %3), period %4</source>
        <extracomment>a lesson&apos;s time: date (week N, weekday), period P</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme class meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental-health lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not in the semester. Choose a week of the semester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the school day has no period %2. Choose one of its periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a teaching day (%3). Choose another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already teaches %2 at %3. Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 at %3. Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked unavailable at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would teach %2 lessons that day, more than their most (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned lesson can be moved; this one is %1. Reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled lesson cannot be marked delivered. Reopen it, or add a make-up lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson already held cannot be cancelled. Reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a cancelled lesson can be made up. Cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson already has a make-up lesson (week %1). Move that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson already held cannot be removed. Reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the semester %2. Choose a day of the semester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school day has no period %1. Choose one of its periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme class meeting needs its topic. Type the topic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsArea</name>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental-health lessons: the semester, where lessons can go, the plan, the timetable and compliance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Only the room lead can change the letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s name, address and phone can have at most %1 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is %1 KB; it can be at most %2 KB. Save a smaller picture of it and choose that one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is not a PNG or JPEG picture. Choose a PNG or JPEG file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The plan would need %1 variables, more than the planner&apos;s limit of %2: plan fewer classes or weeks at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: no teacher is assigned to the class.</source>
        <translation>
            <numerusform>%1 is %n lesson short in %2: no teacher is assigned to the class.</numerusform>
            <numerusform>%1 is %n lessons short in %2: no teacher is assigned to the class.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: no open slot is set for this class.</source>
        <translation>
            <numerusform>%1 is %n lesson short in %2: no open slot is set for this class.</numerusform>
            <numerusform>%1 is %n lessons short in %2: no open slot is set for this class.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: its open slots are in odd weeks only.</source>
        <translation>
            <numerusform>%1 is %n lesson short in %2: its open slots are in odd weeks only.</numerusform>
            <numerusform>%1 is %n lessons short in %2: its open slots are in odd weeks only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: its open slots are in even weeks only.</source>
        <translation>
            <numerusform>%1 is %n lesson short in %2: its open slots are in even weeks only.</numerusform>
            <numerusform>%1 is %n lessons short in %2: its open slots are in even weeks only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: it has too few open slots then.</source>
        <translation>
            <numerusform>%1 is %n lesson short in %2: it has too few open slots then.</numerusform>
            <numerusform>%1 is %n lessons short in %2: it has too few open slots then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: its open slots left in those weeks are before week %3, which is already past.</source>
        <translation>
            <numerusform>%1 is %n lesson short in %2: its open slots left in those weeks are before week %3, which is already past.</numerusform>
            <numerusform>%1 is %n lessons short in %2: its open slots left in those weeks are before week %3, which is already past.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: its open slots then fall on %3.</source>
        <translation>
            <numerusform>%1 is %n lesson short in %2: its open slots then fall on %3.</numerusform>
            <numerusform>%1 is %n lessons short in %2: its open slots then fall on %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: its teacher %3 is unavailable at its open slots then.</source>
        <translation>
            <numerusform>%1 is %n lesson short in %2: its teacher %3 is unavailable at its open slots then.</numerusform>
            <numerusform>%1 is %n lessons short in %2: its teacher %3 is unavailable at its open slots then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: %3&apos;s open periods then are taken by other classes or past the daily limit of %4 lessons.</source>
        <translation>
            <numerusform>%1 is %n lesson short in %2: %3&apos;s open periods then are taken by other classes or past the daily limit of %4 lessons.</numerusform>
            <numerusform>%1 is %n lessons short in %2: %3&apos;s open periods then are taken by other classes or past the daily limit of %4 lessons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n lesson(s) short in %2: %3&apos;s open periods then are all taken by other classes.</source>
        <translation>
            <numerusform>%1 is %n lesson short in %2: %3&apos;s open periods then are all taken by other classes.</numerusform>
            <numerusform>%1 is %n lessons short in %2: %3&apos;s open periods then are all taken by other classes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The planner ran out of its time limit of %1 s: plan fewer classes at once or give it more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The solver could not finish the plan (GLPK code %1): report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semester&apos;s dates are incomplete or wrong: correct them before planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school week has 5, 6 or 7 school days: correct the semester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson rule must be 1 to 5 lessons every 1 to 8 weeks: correct the semester&apos;s targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner needs a positive time limit and model size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher &quot;%1&quot; has a missing or repeated id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 teaches 1 to 16 lessons a day at most: correct the daily limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time %1 is unavailable is wrong (weekday 1–7, period 0–16, first week not after the last): correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class to plan has no grade 1–12 or no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice for the planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s teacher is not among the semester&apos;s teachers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open slot of %1 has no weekday 1–7: correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open slot of %1 is in period %2, which the semester&apos;s school day does not have: move the slot or add the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kept lesson of %1 has an impossible time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kept lesson of %1 names a teacher who is not among the semester&apos;s teachers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintedDocuments</name>
    <message>
        <source>Referral advice to the guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is empty: there is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents are printed in Chinese (zh_CN) or English (en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That student is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That safety plan is not in the vault for this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That referral is not in the vault for this student.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The PDF could not be written to %1. Check the folder and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <extracomment>The title of the print preview window: the document&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>CounselDesk recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code opens the counseling room&apos;s encrypted vault when every passphrase is forgotten. Keep this sheet locked in the school safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the unlock screen choose &quot;Forgot passphrase?&quot;, enter your user name and this code, then set a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room lead can use it to reset a colleague&apos;s forgotten passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone holding this sheet and a copy of the vault can read it: never keep it beside the computer, never photograph it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>A text is longer than %1 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s consent is dated in the future. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to the guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>referral status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine (within two weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soon (within a few days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, sex, age and grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observed reason and how long it has lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An excerpt of the counseling sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s name and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family declined the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpatient follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted to hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can attend school as usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can attend school with support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off school advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital has seen this referral; its letter can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral given to the guardian keeps its destination and the guardian&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no referral numbered %1. `referral list` shows the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is in the future. Check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is before the referral&apos;s previous step (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral has already been given to the guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the student is referred before giving the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the observed reason before giving the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the guardian&apos;s consent (who and when) before giving the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return slip is expected back within 1 to 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a referral given to the guardian can be marked seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the referral to the guardian before entering its return slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the slip came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip&apos;s date must fall between the day the referral was given and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit must fall between the day the referral was given and the slip&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A diagnosis can only come from a visit that took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up cannot be before the slip came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drafted referral that was never given needs no closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the referral can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsCsv</name>
    <message>
        <source>The smallest count printed must be from 2 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskScale</name>
    <message>
        <source>Red: crisis</source>
        <extracomment>default name of the most severe risk level (red alert)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange: high</source>
        <extracomment>default name of the second risk level (orange alert)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow: medium</source>
        <extracomment>default name of the third risk level (yellow alert)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue: low</source>
        <extracomment>default name of the lowest risk level (blue: keep an eye on)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the room lead can rename the risk levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each risk level a name of 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two risk levels are both called &quot;%1&quot;. Give each level its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour for the level &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name every risk level once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomArea</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your day and week: appointments, lessons, duty, groups and what is due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomSchedule</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open hours need a weekday and a start and end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open hours on %1 from %2 end before they start: put the end after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open hours on %1 at %2 and at %3 overlap: join them into one or move one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duty shift on %1 names nobody: enter who is on duty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duty shift needs a weekday and a start and end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duty shift on %1 from %2 ends before it starts: put the end after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two overlapping duty shifts on %2 (%3 and %4): remove one or change its times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on duty on %1 from %2 to %3 while the room is open: add a shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s shift on %2 is not on a school day of this semester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is open %1 h %2 min a week outside class; the target is %3 h: add open hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That semester no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a student number (up to 32 letters, digits, dashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than 40 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex (男/女, M/F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2012-03-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth %1 is not plausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade (1–12, 初一, 高二, 七年级)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a grade above 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; is longer than 20 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student number %1 already appears in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new student needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row was found. The file needs a row that names its columns, such as 学号 and 姓名.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the student number (学号). Students are matched on it: map it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two fields are mapped to the same column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>a change an import would make, e.g. &quot;Class: Grade 7, class 3 → Grade 8, class 3&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; looks like a spreadsheet formula</source>
        <extracomment>a roster cell such as =cmd|&apos;/c calc&apos;!A0 in the class column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=COLUMN with FIELD one of student_no, name, sex, birth_date, grade, class.</source>
        <extracomment>--map takes FIELD=COLUMN; the field names are codes, do not translate them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in the header row. Name a column by its header, its letter (B) or its number (2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterDocument</name>
    <message>
        <source>Counseling room: open hours and duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on holidays. Outside these hours, ask your class teacher to contact the counseling room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlans</name>
    <message>
        <source>A text is longer than %1 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write step 1: the warning signs the student notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write step 2: what the student can do on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write step 5: the professionals and hotlines to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the guardian who signed step 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date the plan will be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is in the past. Choose a day from today on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crisis event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolEvents</name>
    <message>
        <source>The event has no topic: write what it was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no date: enter the day it was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the semester %2 (%3 to %4): enter a date in the semester, or choose the semester it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head count cannot be negative (%1): enter how many people came, or 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length must be between 0 and 1440 minutes, not %1: correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family-education events: %1 needed this semester, %2 held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher trainings: %1 needed this semester, %2 held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole-school activities in %1: %2 needed, %3 held.</source>
        <extracomment>%1 a month as 2026-10</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That school event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolProfiles</name>
    <message>
        <source>The school code must be 1 to 32 letters or digits, without spaces or other signs (it is the code the district gave the school).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boarders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time counselors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time counselors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified counselors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <extracomment>%1 is what is counted (e.g. &quot;Boarders&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be at most %2.</source>
        <extracomment>%1 is what is counted (e.g. &quot;Boarders&quot;), %2 the largest number allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified counselors (%1) cannot be more than the full- and part-time counselors together (%2): count the certified ones among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boarders (%1) cannot be more than the students enrolled (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s area must be between 0 and 10000 square metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s open hours must be between 0 and 168 a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funding cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funding can be at most %1 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funding year must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselors met: a school of the type &quot;%1&quot; needs at least %2 (full or part time); it has %3.</source>
        <extracomment>%1 the school type (e.g. &quot;Senior high school&quot;), %2 counselors needed, %3 counselors it has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselors not met: a school of the type &quot;%1&quot; needs at least %2 (full or part time); it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding cannot be checked: enter the number of students enrolled to compare %1 yuan a year with %2 yuan per student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding met: %1 yuan for %2 students is %3 yuan per student a year (at least %4).</source>
        <extracomment>%1 yuan a year, %2 students, %3 yuan per student (one decimal, as the summary prints it), %4 the standard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding not met: %1 yuan for %2 students is %3 yuan per student a year; the standard is at least %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open hours met: the room is open %1 hours a week (at least %2).</source>
        <extracomment>%1 hours the room is open a week, %2 the target in hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open hours not met: the room is open %1 hours a week; the target is at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the room lead can change the school profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message numerus="yes">
        <source>%n answers are not one of the instrument&apos;s options.</source>
        <translation>
            <numerusform>%n answer is not one of the instrument&apos;s options.</numerusform>
            <numerusform>%n answers are not one of the instrument&apos;s options.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items are unanswered; at most %1 may be.</source>
        <translation>
            <numerusform>%n item is unanswered; at most %1 may be.</numerusform>
            <numerusform>%n items are unanswered; at most %1 may be.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item has the same answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in %1 seconds, faster than the %2 seconds the items take to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lie scale is %1 (%2 or more makes the sheet invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers that are not one of the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many unanswered items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every item has the same answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered too fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lie scale at or above its threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>, </source>
        <extracomment>separator between grade or class names in a list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student number %1 already appears in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student number %1 is not on this run&apos;s list (another grade or class, or added after the run was created: use Refresh list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no student has the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of %2 (the answers are %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (write seconds, or minutes:seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) have problems, so nothing was imported. Correct the file, or choose to import the other rows and leave those out.</source>
        <translation>
            <numerusform>%1: %n row has problems, so nothing was imported. Correct the file, or choose to import the other rows and leave that one out.</numerusform>
            <numerusform>%1: %n rows have problems, so nothing was imported. Correct the file, or choose to import the other rows and leave those out.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a spreadsheet column: its letter and its heading, e.g. &quot;F (Q4)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column with the student number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 is used for both %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is chosen for item(s) %1 of %2. Every item needs its column (a blank answer is allowed, a missing column is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <extracomment>a screening follow-up closed: the counselor confirmed the concern</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <extracomment>a screening follow-up closed: the flag was a false alarm</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose confirmed or cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the interview found before closing the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition of %1, version %2, is not in this vault. Load it again (Screening → Instruments…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no instrument %1. Load its definition first (Screening → Instruments…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault already holds a different definition of %1, version %2. A corrected definition needs a new version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the run a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run&apos;s name has at most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one grade or class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades go from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run must close on or after the day it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a run called &quot;%1&quot;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers have been entered in this run, so its instruments and grades can no longer change. Start a new run instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is closed. Reopen it to change its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening run no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no screening run called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run does not use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; is closed. Reopen it to enter answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; is not open yet. Open it to enter answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student is not on this run&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet does not have one answer per item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet is already complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unfinished sheet to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>follow-up status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>run status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>run status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>run status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers have been entered in this run: it can be closed, but not set back to planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no answers (a blank row would replace a sheet with nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers in the file are numbers from 1 up, but the highest answer never appears: they may be the answers&apos; values, or 1 may stand for the first answer. Say which (Answer codes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 does not have the same items and answer values as version %3, which the sheets were answered with: they cannot be rescored with it. A changed questionnaire needs a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningArea</name>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening runs: answers in, scores, flagged students and their follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;reening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: interview after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: follow up after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningReports</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <extracomment>Instrument in a report: its name (which shows the code) and the definition&apos;s version.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <extracomment>Instrument in a report: name, code and definition version.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Taken in a report table: count and percentage of the expected.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <extracomment>The dates a run is open: from, to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation and bands by grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken:</source>
        <extracomment>Participation in the group report: taken, expected, percent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 students (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid sheets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only: this report names no student. A screening is a sieve, not a diagnosis: a flagged sheet means a counselor talks with the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over its cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screening results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up: nothing in this run needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed:</source>
        <extracomment>When and by whom a follow-up was closed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One student&apos;s screening results. Keep this page locked away, share it only with those who support the student, and shred it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screening is a sieve, not a diagnosis. Scores describe how the student answered on one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students&apos; names. Give it only to those who send the students to the screening, and shred it once they have taken it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semester</name>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the semester a name of 1 to 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the semester&apos;s first and last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semester ends (%1) before it starts (%2): check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A semester of more than %1 weeks is not possible: check the year of the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week 1 must start on a Monday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week 1 must start within a week before or two weeks after the semester&apos;s first day (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school week has 5, 6 or 7 school days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a semester called &quot;%1&quot;: give this one another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates overlap the semester &quot;%1&quot; (%2 to %3): semesters may not overlap, change the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: enter a first and last day, the last not before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 to %3) lies outside the semester (%4 to %5): change its dates or the semester&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; overlaps &quot;%2&quot;: give each day one kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number the periods of the day 1, 2, 3 … without gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 starts before period %2 ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school day has at most 16 periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson rule must be 1 to 5 lessons every 1 to 8 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target is out of range: check the semester&apos;s targets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SemesterSummary</name>
    <message>
        <source>The vault has no semester yet: add the semester on the Lessons page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The summary could withhold too little (%n counts could be worked out): this is a bug; nothing was exported.</source>
        <translation>
            <numerusform>The summary could withhold too little (%n count could be worked out): this is a bug; nothing was exported.</numerusform>
            <numerusform>The summary could withhold too little (%n counts could be worked out): this is a bug; nothing was exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The smallest count published must be from 2 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SemesterWeeks</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching days and breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semester&apos;s weeks as the school numbers them; holidays grey, exams orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n day(s))</source>
        <extracomment>a break in a week of the semester: &quot;National Day (Holiday, 3 days)&quot;</extracomment>
        <translation>
            <numerusform>%1 (%2, %n day)</numerusform>
            <numerusform>%1 (%2, %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teaching day(s)</source>
        <extracomment>a week of the semester: its teaching days, then its breaks if any</extracomment>
        <translation>
            <numerusform>%n teaching day</numerusform>
            <numerusform>%n teaching days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teaching day(s): %1</source>
        <translation>
            <numerusform>%n teaching day: %1</numerusform>
            <numerusform>%n teaching days: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semesters</name>
    <message>
        <source>That semester no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the room lead can remove a semester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no semester called &quot;%1&quot;: the vault has no semester yet. Add it on the Lessons page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no semester called &quot;%1&quot;. The vault&apos;s semesters are:
%2</source>
        <extracomment>%2 the vault&apos;s semesters&apos; names, one a line</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRiskCheck</name>
    <message>
        <source>This session is rated %1, and the student is not on the watch list.</source>
        <extracomment>%1: the session&apos;s risk level in the lead&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the watch list at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave off the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is rated %1, higher than the student&apos;s watch-list level %2.</source>
        <extracomment>%1: the session&apos;s risk level, %2: the watch-list level, in the lead&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is rated %1, lower than the student&apos;s watch-list level %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the watch list to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the watch list to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the watch list at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is saved with the session and kept in the watch-list history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk rated in the session of %1</source>
        <extracomment>the watch-list reason kept when a session moves the level; %1 the session&apos;s date</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The vault database is damaged or was changed outside CounselDesk. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file cannot be read or written (%1). Check the drive and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database cannot be decrypted: it is damaged, or does not belong to this key-slot file. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database is damaged: its integrity check failed (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer CounselDesk (schema %1, this program knows %2). Install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CounselDesk will not start: %1 Reinstall CounselDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database library is not SQLCipher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plaintext SQLite library is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the vault to this version failed at schema step %1 (%2): %3 Nothing was changed: the vault still opens with the version that made it.</source>
        <extracomment>%1 is a number, %2 the part of the program it belongs to (&quot;screening&quot;), %3 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database holds a %1 named &quot;%2&quot; that CounselDesk did not make: someone changed it outside CounselDesk. It was not opened and nothing was changed. Tell the room lead, and restore the newest backup.</source>
        <extracomment>%1 is the kind of database object (table, index, trigger, view), %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database lacks its part &quot;%1&quot;: it is damaged or was changed outside CounselDesk. Restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Students</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 7 (junior 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 8 (junior 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 9 (junior 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 10 (senior 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 11 (senior 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 12 (senior 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, class %2</source>
        <extracomment>%1 is a grade name such as &quot;Grade 7 (junior 1)&quot;, %2 the class number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives with both parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-parent family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives with grandparents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstituted family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That student is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a grade name, %2 a named class such as 实验班</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentsArea</name>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a student, open their growth record, import the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students to keep an eye on, their risk level and next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): watch-list review</source>
        <extracomment>home page: student (risk level): the watch-list review is overdue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch-list reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryLayout</name>
    <message>
        <source>The layout&apos;s table “%1” has no columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1” names an unknown measure “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1”: the measure “%2” cannot be broken down by “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1” has the measure “%2” twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1”: the column “%2” needs a label in zh_CN and en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1”: the percentage “%2” needs the column “%3” in the same table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table of the layout has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout has two tables called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1” names an unknown part “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1” names an unknown dimension “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1” cannot have a total row: its rows are “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1” needs a title in zh_CN and en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s table “%1” needs its note in zh_CN and en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout publishes “%1” by “%2” without “%3”: the cells add up, so publish all of %4 or only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout is not a JSON object (%1, at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a district summary layout (“layout” is “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout needs a version number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout has no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout&apos;s label “%1” needs a text in zh_CN and en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout has no label for the row “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in summary layout is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timetable</name>
    <message>
        <source>Odd weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teacher has no name. Enter the teacher&apos;s name or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher &quot;%1&quot; is listed twice. Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s most lessons a day must be between 1 and 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned to a teacher twice. A class has one teacher: keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a class on the roster. Import the roster or remove the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s teacher &quot;%2&quot; is not in the list of teachers. Add the teacher first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a class on the roster. Import the roster or remove its slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a slot on %2, which is not a school day of this semester. Choose a school day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a slot in period %2, which the school day of this semester does not have. Choose one of its periods or add the period to the semester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the slot %2, period %3 twice. Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailability is set for &quot;%1&quot;, who is not in the list of teachers. Add the teacher or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked unavailable on a day that is not a school day of this semester. Choose a school day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked unavailable in period %2, which the school day does not have. Choose one of its periods or the whole day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s unavailability ends (week %2) before it starts (week %3). Swap the weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s unavailability in weeks %2–%3 lies outside the semester (weeks %4–%5). Choose weeks of the semester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher &quot;%1&quot; was removed meanwhile. Reopen the timetable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimetablePrint</name>
    <message>
        <source>Mental-health lessons: %1</source>
        <extracomment>heading of a printed timetable: whose (a teacher or a class), then the semester</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons are planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme class meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s).</source>
        <translation>
            <numerusform>%n lesson.</numerusform>
            <numerusform>%n lessons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a teacher or a class under Show only: the timetable printed is theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timetable as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimetableTables</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Adjusting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new term, a new start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, school!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My feelings have colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I am angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening well in class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good study habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing and taking turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calming down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping myself safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adolescence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My growing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying no to bullying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for junior school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing up, changing moods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling into junior school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning with more subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understanding adolescence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riding the emotional waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends, crushes and boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuing life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facing the zhongkao calmly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep, rest and exam nerves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling into senior school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing subjects and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships and respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning and resilience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facing the gaokao calmly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping with pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life after the exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic needs a title. Type its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic&apos;s grade must be 1–12, or every grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That topic no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new order must name every topic of the grade once. Reopen the topics.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersArea</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues who may unlock the vault (room lead only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The key-slot file %1 is damaged or was changed. Restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is not correct. Check it against the printed sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file was changed outside CounselDesk. The vault was not opened; restore it from a backup and tell the room lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at %1 (the key-slot file is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine-year school (primary and junior high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete secondary school (junior and senior high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twelve-year school (all grades)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 1 to 32 letters, digits, dots, dashes or underscores, and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase must not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault %1 is open in another CounselDesk window or program. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the school&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 already holds a vault. Choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in %1. Check the folder, or create a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot; in this vault. Check the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no recovery slot. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a recovery code: it has 24 letters and digits in six groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database and the key-slot file belong to different vaults. Restore the vault folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is disabled. Ask the room lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest audit rows are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the room lead can manage users and keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable yourself. Ask another room lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault needs at least one active room lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is disabled: reactivate them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no recovery slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key slot is missing. Ask the room lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new passphrase is set this way only after a recovery-code unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reserve the vault folder %1 for this program. Check that it exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check the drive and its permissions, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database was changed while the vault was locked: it is damaged or was tampered with. CounselDesk changed nothing. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database is older than its key-slot file: an old copy was put back (audit row %1 is missing). CounselDesk changed nothing. Ask the room lead to restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database does not match its key-slot file (audit row %1 differs): it was replaced or edited. CounselDesk changed nothing. Ask the room lead to restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds a vault database without its key-slot file. It could not be moved aside to %2 (%3), so nothing was created. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key slot does not hold the vault&apos;s current key: the key-slot file was replaced or edited. Restore the vault from a backup and tell the room lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new vault key is saved, but the re-encrypted database could not be put in place in %1. Lock the vault and unlock it again: CounselDesk finishes the change then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key cannot be replaced inside another change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recovery code: this vault&apos;s recovery slot, made by an earlier version, must be renewed with it when the vault key is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file and the vault database are from different key changes (%1 and %2): one of them was replaced by an older copy. CounselDesk changed nothing. Ask the room lead to restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recovery code: disabling a user replaces the vault key, and this vault&apos;s recovery slot, made by an earlier version, must be renewed with it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disabled, but the vault key could not be replaced yet: %2 CounselDesk tries again at the next unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the student is on the watch list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the next review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the student comes off the watch list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::AddLessonDialog</name>
    <message>
        <source>Add a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental-health lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme class meeting (held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson is planned and kept when the plan is rebuilt; a class meeting is recorded as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic (optional for a lesson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class: the semester&apos;s timetable inputs list the classes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::AddMemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room lead can also add and disable users and reset passphrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your colleague the first passphrase in person; they can change it under Vault → Change my passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::AgendaPage</name>
    <message>
        <source>&amp;Kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one day or the whole week (Ctrl+D / Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rows containing this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day or week before (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day or week after (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a talk a student, teacher or parent asked for (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s open hours and who is on duty; print it for the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lessons, duty and appointments of the semester as an .ics file, without any student&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The talk took place: write the session in the student&apos;s case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the appointment on %1? It stays in the record as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no open case to write the session in. Open their growth record to open one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no semester to export: set one up on the Lessons page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calendar.ics</source>
        <extracomment>File name of the .ics export: the semester&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::AnswerImportDialog</name>
    <message>
        <source>Import the other rows and &amp;leave out the rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check rows &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file or an Excel .xlsx workbook, one row per student, as a survey tool or a scanner exports it: a student number column and one column per item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row that holds the column headings (rows above it are ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: how long the student took, for the too-fast rule of some instruments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each answer written in the file means. Leave a code unmapped to have its cells reported as errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Student number column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time taken column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer files (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n row(s))</source>
        <extracomment>the chosen file and how it was read, e.g. &quot;answers.csv (GB18030, 512 rows)&quot;</extracomment>
        <translation>
            <numerusform>%1 (%2, %n row)</numerusform>
            <numerusform>%1 (%2, %n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not an answer: report it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) can be imported</source>
        <translation>
            <numerusform>%n sheet can be imported</numerusform>
            <numerusform>%n sheets can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them replace(s) a sheet entered before</source>
        <translation>
            <numerusform>%n of them replaces a sheet entered before</numerusform>
            <numerusform>%n of them replace sheets entered before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, listed below</source>
        <translation>
            <numerusform>%n row has problems, listed below</numerusform>
            <numerusform>%n rows have problems, listed below</numerusform>
        </translation>
    </message>
    <message>
        <source>no row has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>joins the parts of the dry run&apos;s summary: &quot;12 sheets can be imported; 3 rows have problems, listed below&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) imported and scored. Need follow-up: %1. Invalid: %2.</source>
        <translation>
            <numerusform>%n sheet imported and scored. Need follow-up: %1. Invalid: %2.</numerusform>
            <numerusform>%n sheets imported and scored. Need follow-up: %1. Invalid: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The numbers are the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = the first answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::AppController</name>
    <message>
        <source>The vault was locked again: a new passphrase is needed after a recovery-code unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault locked itself after a period without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault locked because the screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault locked because the computer went to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::AppointmentDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asked for the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the class teacher, or the student&apos;s mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the vault; never printed on the roster or exported to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of who asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounselor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: the room is open and the counselor is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time clashes:
%1

Book it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::AssignmentsTable</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class on the roster with the teacher of its mental-health lessons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unlock, user change and check is recorded here. Each row is chained to the one before it, so a row edited or removed outside CounselDesk is detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every row&apos;s chain hash and name the first row that does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n rows verified.</source>
        <translation>
            <numerusform>The chain is intact: %n row verified.</numerusform>
            <numerusform>The chain is intact: %n rows verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with at row %1: %2 Tell the room lead and restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user, action, student (name or pinyin), run or detail…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::AwayModel</name>
    <message>
        <source>certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment passed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment %1, not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return paperwork</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::BackupDialog</name>
    <message>
        <source>Back up to this folder whenever CounselDesk &amp;quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on a USB stick or another drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backups of this vault in the folder are removed once the new one is verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is one encrypted file: it opens only with a passphrase or the recovery code of this vault. Keep it on a drive that is not this computer, and keep it safe like the records themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up before quitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup back from the drive and checking it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not there. Plug in the drive or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive has %1 free; the backup needs about %2. Free some space or use another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students: %1 · cases: %2 · session notes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older backups removed from the folder.</source>
        <translation>
            <numerusform>%n older backup removed from the folder.</numerusform>
            <numerusform>%n older backups removed from the folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the backup? Nothing of it will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::BandChart</name>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4%)</source>
        <extracomment>A segment of the band chart: group, band, count and its share of the group.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::BreaksTable</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays (no school) and exam periods (school, but no lessons), both days included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add holiday or exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new row: pick its kind and its first and last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected holiday or exam period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. National Day, mid-term exams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::CasesPanel</name>
    <message>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — open since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — closed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the session you began and did not save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the guardian who gave consent for a case opened as an emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — closed %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · consent pending</source>
        <extracomment>a case in the list whose consent is still to be recorded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Consent pending.&lt;/b&gt; Opened as an emergency (%1): record the guardian&apos;s consent as soon as you can.</source>
        <extracomment>%1: the reason given when the case was opened without consent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1: &lt;b&gt;%2&lt;/b&gt;. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::CategoriesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Internet use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a category with this name at the end of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected category this name (a built-in one with an empty name gets its original name back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden categories are not offered for new cases; cases already filed keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a case can be about, in the order counselors see it when they open one. Changes apply at once and are recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <extracomment>a concern category that is hidden from new cases</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in category, renamed (originally “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the case ended…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what changed, what was agreed, where the student was referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::CloseGroupDialog</name>
    <message>
        <source>Close the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed for the members; what to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing &quot;%1&quot;: write its &amp;outcome. A closed group takes no new members or sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::ComplianceView</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a class meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes behind the lesson rule come first, in red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1: %2 required so far, %3 delivered; %4 of %5 classes behind.</source>
        <extracomment>the compliance at a glance: &quot;As of 2026-12-06: 40 lessons required so far, 36 delivered; 3 of 20 classes behind.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>theme class meetings held of the target: &quot;0 / 1&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::ConsentDialog</name>
    <message>
        <source>Record the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the student&apos;s mother, Wang Li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was opened on %1 as an emergency. Record the guardian who gave consent and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::CreatePage</name>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the keys and encrypting the vault in %1. This takes a few seconds on purpose: it makes guessing passphrases slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database was set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder held a vault database without its key-slot file. It was not deleted: it was moved, unchanged, to %1. A backup&apos;s key-slot file may still open it; keep it until you are sure it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::CrisisEventDialog</name>
    <message>
        <source>What happened, as observed: what was seen and said, by whom (no interpretation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts of &amp;harming others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has access to the &amp;means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past &amp;attempts or self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adult can stay with the student &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed with the student, removed the means, called the school doctor, 120 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a crisis event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened or was found (not in the future)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom, dormitory, playground …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who raised it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive: wishes to be dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: thinks of acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereavement, bullying, a family break-up, a failure that matters to the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick when no adult can stay with the student: the suggested level rises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, reasons, plans for the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the assessment; you decide the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the level differs from the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student and what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;otective factors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level and action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Immediate action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the event; the student&apos;s watch-list level is raised to this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the level differs from the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed when the level differs from the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the student first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the level differs from the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a p&amp;lan (how, when, where)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recent loss or &amp;blow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thoughts of self-harm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed le&amp;vel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a di&amp;fferent level:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::CrisisEventView</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done / due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;who was told…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was &amp;told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a step of the procedure was done, and by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was told, when and how: class teacher, school leader, guardian, 110, 120, an institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a referral to a hospital or centre from this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the event with a note on why it can be closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Growth record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the student&apos;s growth record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt; · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts of self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts of harming others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past attempts or self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adult can stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the school&apos;s time limit for this step: record it when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why can the event be closed? (The student is safe, followed up by a case, referred …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ste&amp;ps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::CrisisPage</name>
    <message>
        <source>Show &amp;closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis and referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New crisis event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a crisis event (Ctrl+Shift+E from anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list referrals that are closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter opens the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter opens the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter opens the student&apos;s growth record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Away from school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, class, kind, status …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;events (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Away from school (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open events: %1 · Steps overdue: %2 · Referral reminders: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::CrisisRecordPanel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a crisis event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, the assessment and the level (Ctrl+Shift+E anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s steps and who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advise the guardian to take the student to a hospital or centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status, letters and the return slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make or review the plan with the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page for the student and the guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off and return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off school, the return&apos;s papers and the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and who does what: counselor, class teacher, guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support plan (one student, one plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents that left the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the watch list: &lt;b&gt;%1&lt;/b&gt;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2; review on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back at school since %1 (away from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Review on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::DirectoryDialog</name>
    <message>
        <source>Show &amp;retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, department, phone …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired entries stay in the records that name them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hospital department, a centre, the police station, a hotline …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer offered in lists; records that name it keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::DistrictExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semester the summary counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from 1 to k−1 are withheld, and whatever would let them be worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 (usual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 (stricter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the tables and of the PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the package to a folder or USB drive, after your passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Semester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest count published (&amp;k):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder or USB drive for the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district summary leaves the counseling room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the district summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Replace the package that is there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school has no semester yet: add one on the Lessons page with New semester… first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::DistrictPackageModel</name>
    <message>
        <source>✓ Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <extracomment>tooltip on a row of the District window&apos;s package list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <extracomment>the column of the smallest count a package publishes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same school and semester as %1: remove one of them.</source>
        <extracomment>%1 the other package folders of the same school and semester</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester “%1”, the other packages “%2”: a merge adds up one semester.</source>
        <extracomment>%1 this package&apos;s semester, %2 the semester of most packages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table layout “%1”, the other packages “%2”: a merge needs one layout version.</source>
        <extracomment>%1 and %2 a layout&apos;s name and version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::DistrictWindow</name>
    <message>
        <source>District packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District packages: merge the schools&apos; semester summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schools&apos; packages: add a folder, or drop folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the district tables and of the PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a school&apos;s package, or a folder or USB drive holding several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every package from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add up the packages into district tables and check that nobody can be identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the district package to a folder or USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the report of the package just written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual&apos;s chapter on the District window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and verifying the packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the packages and checking that nobody can be identified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder or USB drive for the district package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the district package and reading it back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Replace the district package that is there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a package, or a folder or USB drive holding packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the schools&apos; packages with Add folder… (a folder or USB drive holding several adds them all), or drop folders on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages listed: %1, of which %2 cannot be merged: remove them or add the right ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages listed: %1, all verified. Merge adds them up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest count the district tables publish: counts from 1 to k−1 are withheld. A package exported with a smaller k can only be merged with that k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (below the usual %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (usual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools merged: %1 (%2). Counts withheld: %3, of which %4 shown as a lower bound (≥n). Values shown as * or ≥n (these counts and the percents that depend on them): %5. k = %6.</source>
        <extracomment>the line above the merged tables; %2 the semester, %3 counts of students withheld, %4 of them shown as a lower bound, %5 values shown as * or ≥n (those counts and the percents of them), %6 the threshold k used</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::DocumentPreviewDialog</name>
    <message>
        <source>Chinese (简体中文)</source>
        <extracomment>The languages a printed document can be in (whatever the interface speaks)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change the text before it is printed. What is printed or saved is kept in the vault exactly as it leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is composed again in the other language: the changes you made to its text are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document names a student and leaves the counselling room. It is recorded in the audit log and kept in the vault as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not printed or saved, because it could not be recorded in the vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cannot be used. Check that it is connected and switched on, or save the document as a PDF instead. Nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.pdf</source>
        <extracomment>Suggested file name of a printed document: its kind, the date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF: %1</source>
        <extracomment>The save dialog&apos;s title: the kind of document</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::DutyRosterDialog</name>
    <message>
        <source>Open hours and duty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the room is open to students each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is in the room when; a user&apos;s shifts show in their agenda and calendar export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add open &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove hou&amp;rs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shi&amp;ft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly roster for the room&apos;s door, in a print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row? It goes when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a semester on the Lessons page first: open hours and duty belong to a semester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 h %2 min a week outside class (target %3 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the duty roster as PDF</source>
        <extracomment>File name of the printed duty roster: the semester&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duty roster.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::EventDialog</name>
    <message>
        <source>New school event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the school event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity&apos;s theme, or how the family event or training was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 家长学校：如何与青春期孩子沟通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 初一家长, 全体班主任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::EventsPane</name>
    <message>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semester whose events and targets are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an activity, a family-education event or a teacher training (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;mester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No semester yet: set one up on the Lessons page, then record its events here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family education: %1 of %2 held. Teacher trainings: %3 of %4 held (%5 min). Whole-school activities: %6 of %7 months so far with %8 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; of %2? It no longer counts toward the semester&apos;s targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::FlaggedModel</name>
    <message>
        <source>Critical item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <extracomment>Tooltip of an invalid sheet: the reasons, as a list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up still open from an earlier sheet</source>
        <extracomment>the follow-up is still open, though this sheet (entered again, or rescored) is not flagged</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::FollowUpDialog</name>
    <message>
        <source>&amp;Confirm the concern: the student needs support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear the flag: a false alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the interview found (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the interview with &lt;b&gt;%1&lt;/b&gt; show? (Flagged: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::GridEntryDialog</name>
    <message>
        <source>&amp;Only students without a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every unsaved row (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in paper sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in paper sheets: %1</source>
        <extracomment>the window title; %1 is the screening run&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the value of each answer: the cursor moves on by itself and each row is saved at its end. Space or Delete: unanswered. Ctrl+Z: undo in the row being typed. Ctrl+S: save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the value of each answer and press Enter: the cursor moves on and each row is saved at its end. Space or Delete: unanswered. Ctrl+Z: undo in the row being typed. Ctrl+S: save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) shown</source>
        <translation>
            <numerusform>%n student shown</numerusform>
            <numerusform>%n students shown</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an answer of this questionnaire. The answers are %2; Space or Delete leaves the item unanswered.</source>
        <extracomment>%1: what was typed; %2: the values allowed (&quot;0, 1, 2 and 3&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo in this row: only changes not saved yet can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of answers are not saved yet. Save them?</source>
        <translation>
            <numerusform>%n row of answers is not saved yet. Save it?</numerusform>
            <numerusform>%n rows of answers are not saved yet. Save them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue entering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::GroupDialog</name>
    <message>
        <source>New counseling group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 初一新生适应小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counselor who leads the group&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is for, what it aims at, how often it meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::GroupRecordPanel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in any counseling group&apos;s sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended %1 of %2 group sessions (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::GroupsPage</name>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group counseling: members, sessions, attendance, outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole-school activities, family education and teacher trainings against the semester&apos;s targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::GroupsPane</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, theme or leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a counseling group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, theme, leader and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;se group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the group with its outcome note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group, its sessions and attendance, in the print preview (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the group report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student from the roster joins the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen member left the group today (their attendance stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a session held: when, topic, who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen session or its attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen session and its attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group chosen: start one with New group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed. Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 left the group today? Their attendance so far stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the session of %1 and its attendance from the members&apos; records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::HomePage</name>
    <message>
        <source>Welcome, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here:&lt;/b&gt; import the school&apos;s roster (a CSV or Excel file from the school&apos;s office). Students, their records, screening and everything else build on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the roster file; you check every row before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a line (or press Enter) to open its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due: no overdue steps, reviews, slips or follow-ups, and no appointments this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your desk: %1 · overdue: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · signed in as %2 (%3) · step away? Press Ctrl+L to lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: %1
Vault folder: %2
Encrypted with a 256-bit key (SQLCipher); passphrases hardened against guessing (Argon2id).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::InstitutionDialog</name>
    <message>
        <source>Edit institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. City Mental Health Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Child and adolescent psychology clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours, how to book, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::InstrumentsDialog</name>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load a definition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument definitions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2, is ready to use in new runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescore runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) rescored with version %1.</source>
        <translation>
            <numerusform>%n sheet rescored with version %1.</numerusform>
            <numerusform>%n sheets rescored with version %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) use another version of %1 for scoring: %2. Rescore them with version %3? The old scores are kept in each sheet&apos;s history.</source>
        <translation>
            <numerusform>%n run uses another version of %1 for scoring: %2. Rescore it with version %3? The old scores are kept in each sheet&apos;s history.</numerusform>
            <numerusform>%n runs use another version of %1 for scoring: %2. Rescore them with version %3? The old scores are kept in each sheet&apos;s history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item text in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CounselDesk ships the scales whose licence allows it, with the item text their publishers allow: the column “Item text in” says in which languages students can read the items. To add the official Chinese text your school holds, or a scale it holds a licence for, click “Load a definition…” and choose the definition file (the instrument’s code with a new version number). New runs use it; runs already scored can be rescored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 text: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::InterviewDialog</name>
    <message>
        <source>&amp;No interview (cancel it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview with %1 on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::KioskStartDialog</name>
    <message>
        <source>Start the student kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk fills the screen so that students of “%1” can answer the questionnaires on this computer, one after the other. Each student types their student number and confirms their name; every answer is saved at once, and no score is ever shown.

Nothing else can be opened until the kiosk is left with the “Staff” button in the bottom corner and this PIN. Choose 4 to 8 digits that students do not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must have 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not open, so students cannot answer yet (or any more). Open the screening first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::KioskWindow</name>
    <message>
        <source>CounselDesk questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the counselor: leave the questionnaire screen with the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, this is me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen as the counselor reads this question aloud, then choose your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only: type the PIN to leave the questionnaire screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your student number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is not on the list. Check it, or ask the counselor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <extracomment>the masked name (张*明) and the student number the student typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This screening is not open for answers now. Please ask the counselor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already answered every questionnaire. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Your answers are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the answer that fits you best. There are no right or wrong answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started this questionnaire earlier: you continue where you stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>the item&apos;s position in the questionnaire: &quot;3 / 9&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <extracomment>shown instead of an item&apos;s text when the definition has none (the paper sheet is read aloud)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many tries: wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>Wrong PIN. Too many tries: wait %n second before the next one.</numerusform>
            <numerusform>Wrong PIN. Too many tries: wait %n seconds before the next one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs: CounselDesk locks now. A counselor signs in with their passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::LeadPage</name>
    <message>
        <source>The room lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user leads the counseling room: they add colleagues and keep the keys. Choose a passphrase only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name you sign in with: letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Wang Fang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::LessonDialog</name>
    <message>
        <source>%1, week %2</source>
        <extracomment>title of a lesson&apos;s dialog: &quot;初二(3)班, week 5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the lesson went; for a cancelled lesson, why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the lesson: conflicts show at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned lesson can be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reflection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ke up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made up on %1, period %2 (week %3).</source>
        <extracomment>under a cancelled lesson&apos;s status: when the lesson making it up is, &quot;made up on 2026-10-14, period 3 (week 7)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes up the lesson cancelled on %1, period %2.</source>
        <extracomment>under a make-up lesson&apos;s status: the lesson it makes up</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson has been made up already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date and period for a lesson in place of this one (saved at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a cancelled lesson can be made up: save it as cancelled first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::LessonsPage</name>
    <message>
        <source>Mental-health lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semester shown: the current one when the page opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;mester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New semester…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new semester: its dates, holidays and exams, periods of the day and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit semester…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the semester&apos;s dates, holidays and exams, periods or targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove semeste&amp;r…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the semester and everything planned in it (room lead only; asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the planner on the timetable inputs and shows the plan before saving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable &amp;inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers, their classes, when they are unavailable, and each class&apos;s open slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetab&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lessons of a week: edit, move, mark delivered or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per class and grade: lessons required so far, delivered, behind; class meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school has no semester yet: start with New semester…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, weeks %3 to %4; %5, %6, %7</source>
        <extracomment>a semester at a glance: &quot;2026-09-01 to 2027-01-22, weeks 1 to 21; 3 holidays, 2 exam periods, 8 periods a day&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n holiday</numerusform>
            <numerusform>%n holidays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exam period(s)</source>
        <translation>
            <numerusform>%n exam period</numerusform>
            <numerusform>%n exam periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) a day</source>
        <translation>
            <numerusform>%n period a day</numerusform>
            <numerusform>%n periods a day</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the semester &quot;%1&quot; (%2 to %3)? Its lessons, teachers and open slots, room hours, duty roster and school events go with it; groups stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library of lesson topics per grade, in the order plans give them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic library…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::LetterheadDialog</name>
    <message>
        <source>&amp;Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mental-health counseling room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG file of at most 1 MB, printed at the top left of every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every referral letter, advice to the guardian and safety plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MB. Choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image that can be read. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault unlocked. It locks itself when you are away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now: the key is wiped and nothing stays on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every page of the vault, walk the audit chain and compare the rollback marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CounselDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every page of the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The vault is healthy: every page verified, the audit chain of %n rows is intact, and the database is the newest copy.</source>
        <translation>
            <numerusform>The vault is healthy: every page verified, the audit chain of %n row is intact, and the database is the newest copy.</numerusform>
            <numerusform>The vault is healthy: every page verified, the audit chain of %n rows is intact, and the database is the newest copy.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault failed its check. Stop working in it, restore the newest backup and tell the room lead.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CounselDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CounselDesk %1

An offline, encrypted workstation for a school&apos;s psychological counseling room. Everything stays on this computer, encrypted with SQLCipher; keys are derived with Argon2id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted, verified backup to a USB stick or another drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault and choose a backup to put in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault locks first; then choose the backup in the sign-in window. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified backup: today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %n days ago</source>
        <translation>
            <numerusform>Last verified backup: %n day ago</numerusform>
            <numerusform>Last verified backup: %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — time for a backup (Vault ▸ Back up…)</source>
        <extracomment>status bar, when a backup is due; the shortcut is Vault &gt; Back up</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly check of the vault: reading every page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly check found the vault healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do each task in CounselDesk, on this computer (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit row&apos;s author does not match: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::MakeUpDialog</name>
    <message>
        <source>Make up: %1</source>
        <extracomment>title of the dialog making up a cancelled lesson: &quot;Make up: 初二(3)班&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lesson for %1 in place of the one cancelled on %2, period %3 (%4): the same teacher and topic, kept when the plan is rebuilt.</source>
        <extracomment>%1 the class, %2 the date, %3 the period, %4 the topic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1, %2</source>
        <extracomment>beside a make-up lesson&apos;s date: its school week and weekday, &quot;week 7, Wednesday&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make up lesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::ManualWindow</name>
    <message>
        <source>CounselDesk user manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of the manual and its table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a word in the manual (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the pages, then print the whole manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next place (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place before (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::NotTakenPane</name>
    <message>
        <source>P&amp;rint list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list with class, student number and name, for the class teachers (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list as a CSV file for a spreadsheet (class, student number, name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <extracomment>a student in a list: class, student number, name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 not taken yet.%3</source>
        <extracomment>File name of the not-taken list: run name, instrument code, then .pdf or .csv</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list shows the names of the students who have not taken the screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the not-taken list as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the not-taken list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::NoteSearchDialog</name>
    <message>
        <source>Search session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words or phrases from session notes, e.g. 考试压力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) found</source>
        <translation>
            <numerusform>%n session found</numerusform>
            <numerusform>%n sessions found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::NotificationDialog</name>
    <message>
        <source>This &amp;broke the student&apos;s confidentiality (to protect the student or others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose from the directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add institutions in Vault ▸ Directory of institutions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when you told someone what the student shared in confidence; say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why confidentiality was broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said or will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who was told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esponse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why confidentiality was broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the institution from the directory or name who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::OpenCaseDialog</name>
    <message>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the student&apos;s mother, Wang Li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student is under 14 or their age is not recorded: a guardian&apos;s consent is required before the case opens (PIPL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s consent (optional for students aged 14 and over):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emergency: open the case now and record the consent afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the student cannot wait: the case is marked &quot;consent pending&quot; and the exception is kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it cannot wait, in a few words (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::OpenEventsModel</name>
    <message>
        <source>%1: overdue since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: due by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the school&apos;s time limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every timed step recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::PassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current passphrase, then the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You unlocked with the recovery code. Choose a new passphrase for %1 now. Private notes written with the old passphrase can no longer be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forgot their passphrase. Enter the vault&apos;s recovery code from the school safe, then a new passphrase to give them. Their private notes can no longer be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a new passphrase to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::PassphraseField</name>
    <message numerus="yes">
        <source>At least %n characters; a few unrelated words work well</source>
        <translation>
            <numerusform>At least %n character; a few unrelated words work well</numerusform>
            <numerusform>At least %n characters; a few unrelated words work well</numerusform>
        </translation>
    </message>
    <message>
        <source>A passphrase of several words is easier to remember and harder to guess than a short password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use the school or user name in the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too easy to guess: add another unrelated word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repea&amp;t:</source>
        <extracomment>Not Alt+R: the passphrase dialogs have a Recovery code field</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::PeriodsTable</name>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periods of a school day, in order: lessons are planned into them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p&amp;eriod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a period after the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;last period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1</source>
        <extracomment>the number of a period of the school day in the periods table (&quot;Period 3&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::PlanDialog</name>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner places every class&apos;s lessons in every window of the semester from the week chosen on, or the plan with the fewest gaps when that is not possible. Lessons held, cancelled or edited by hand are kept. Nothing is saved until Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks before this one are left as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class and window the plan cannot fill, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each teacher&apos;s lessons: planned now, kept from before, and the busiest week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) planned</source>
        <translation>
            <numerusform>%n lesson planned</numerusform>
            <numerusform>%n lessons planned</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: every class has its lessons in every window.</source>
        <extracomment>the plan&apos;s preview: &quot;120 lessons planned: every class has its lessons in every window.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 short, listed below with the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>a planning window: &quot;7–8&quot; (weeks)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of CounselDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep records of students who left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me to back up after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full vault check every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, windows and the manual on this computer. Default: as the system. Used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locks the vault after this long without keyboard or mouse. Default: %n min. Shorter if others pass your desk.</source>
        <translation>
            <numerusform>Locks the vault after this long without keyboard or mouse. Default: %n min. Shorter if others pass your desk.</numerusform>
            <numerusform>Locks the vault after this long without keyboard or mouse. Default: %n min. Shorter if others pass your desk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older records are offered for purging (Students ▸ School year). Default: %n years. Follow your school&apos;s rules.</source>
        <translation>
            <numerusform>Older records are offered for purging (Students ▸ School year). Default: %n year. Follow your school&apos;s rules.</numerusform>
            <numerusform>Older records are offered for purging (Students ▸ School year). Default: %n years. Follow your school&apos;s rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The status bar turns red when the last verified backup is older. Default: %n days. “never” turns it off.</source>
        <translation>
            <numerusform>The status bar turns red when the last verified backup is older. Default: %n day. “never” turns it off.</numerusform>
            <numerusform>The status bar turns red when the last verified backup is older. Default: %n days. “never” turns it off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After sign-in, every page of the vault is read and checked. Default: %n days. Longer on a slow computer.</source>
        <translation>
            <numerusform>After sign-in, every page of the vault is read and checked. Default: %n day. Longer on a slow computer.</numerusform>
            <numerusform>After sign-in, every page of the vault is read and checked. Default: %n days. Longer on a slow computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::ReauthDialog</name>
    <message>
        <source>Confirm it is you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Enter your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this code is the only way into the vault. It is shown only now. Print it or save it as a PDF, and keep it in the school safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to a USB stick that goes into the safe, then delete it from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or saved the recovery code and will keep it in the school safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CounselDesk recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer. Check the page before you tick the box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CounselDesk recovery code.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Move it to a USB stick for the safe and delete it from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::ReferralDialog</name>
    <message>
        <source>Is the student fit to attend school? What support should the school provide? When is the next visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the school advises the guardian to take the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was observed and its effect on school life (sleep, attendance, what the student said). Describe behaviour; never a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. about three weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions for the doctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter to the hospital says only what is ticked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counselor&apos;s private notes never leave CounselDesk: no letter, export or print includes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening totals to include, e.g. PHQ-9 total 17 on 2026-10-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The few lines of session notes the doctor needs, as they should read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening &amp;totals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the letter says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother, father, grandmother …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian &amp;agreed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s &amp;consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the referral&apos;s text (it stays a draft until given to the guardian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given to guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advice was handed to the guardian: needs a destination, a reason and the guardian&apos;s consent; the return slip is then due in a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;een</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian reports that the student was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter return &amp;slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the referral with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · a new referral (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given to the guardian %1 (slip due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slip entered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit return &amp;slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why can the referral be closed? (Seen and followed up, refused, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to director&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has &amp;lasted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>between the steps of a referral&apos;s course (&quot;drafted …; given …; seen …&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session e&amp;xcerpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rela&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advice to the guardian, the letter to the hospital or the return slip, previewed before it prints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::ReferralListModel</name>
    <message>
        <source>Return slip overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return slip due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip or follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::RestoreDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of this computer&apos;s vault found in the backup folder, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .cdbackup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the backup with a passphrase or the recovery code that was valid when it was made. Nothing changes until you confirm the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>one backup in the list: when it was made, and its size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CounselDesk backups (*.cdbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup of %1&lt;/b&gt;, made %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds %1 students, %2 cases, %3 session notes and %4 students on the watch list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault on this computer yet: the backup becomes the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The vault on this computer is a different vault.&lt;/b&gt; Restoring replaces all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault on this computer cannot be read (%1). Restoring replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault on this computer holds %1 students, %2 cases and %3 session notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This backup is older than the vault.&lt;/b&gt; Everything recorded since it was made (%n actions in the audit log) will be lost.</source>
        <translation>
            <numerusform>&lt;b&gt;This backup is older than the vault.&lt;/b&gt; Everything recorded since it was made (%n action in the audit log) will be lost.</numerusform>
            <numerusform>&lt;b&gt;This backup is older than the vault.&lt;/b&gt; Everything recorded since it was made (%n actions in the audit log) will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is as new as the vault: nothing recorded would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the vault on this computer with this backup? The current vault is kept aside until the restored one has opened, then removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was restored from the backup and opened once to check it. Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This is the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was restored from the backup and opened once to check it. Sign in to continue.

The vault it replaced could not be read, so it was kept as it was in %1. CounselDesk never deletes that folder; remove it yourself once you are sure it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::ResultsView</name>
    <message>
        <source>&amp;Group report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts per grade and class, the chart and the follow-ups; no student names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;watch list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open growth &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;dividual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected student&apos;s scores, trend and follow-up (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 group report.pdf</source>
        <extracomment>File name of the group report: run name, instrument code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The individual report shows one student&apos;s screening results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual screening report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 screening report.pdf</source>
        <extracomment>File name of an individual report: run name, student number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;y class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percen&amp;tages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show not tak&amp;en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instru&amp;ment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule inter&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close follow-&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen follow-&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group report shows the run&apos;s counts per grade and class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Flagged for follow-up&lt;/b&gt;: this instrument&apos;s sheets whose score or answers need a counselor to look (a band that flags, a critical item, an invalid sheet).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Students in follow-up&lt;/b&gt;: one follow-up per flagged student for the whole run, whatever instrument flagged them; open until someone confirms the concern or clears it.&lt;/p&gt;&lt;p&gt;The &lt;i&gt;Flagged sheets&lt;/i&gt; tab lists the sheets of every instrument.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 students took it (%4%). Sheets invalid: %5; flagged for follow-up: %6.</source>
        <extracomment>Participation in one instrument: code, taken, expected, percent, invalid sheets, flagged sheets.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students in follow-up (all instruments): %1 still open, %2 confirmed, %3 cleared.</source>
        <extracomment>The run&apos;s follow-ups, one per flagged student over all its instruments: open, confirmed, cleared.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open &amp;follow-ups (%1 sheets)</source>
        <extracomment>Filter of the flagged list: only the sheets of students whose follow-up is still open (how many)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged sheets of all instruments: %1; of students whose follow-up is still open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the group report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the individual report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences one after the other (no space between them in Chinese)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::ReturnSlipDialog</name>
    <message>
        <source>&amp;Next visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian chose to share a &amp;diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the return slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital and department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PE, boarding, exams, seating, someone to accompany …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school never diagnoses: enter a diagnosis only when the guardian chose to tell you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the guardian shared it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you see the student again; it comes up on the home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visited on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upport needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dia&amp;gnosis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filled in by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follo&amp;w-up on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::RiskBanner</name>
    <message>
        <source>Watch list: &lt;b&gt;%1&lt;/b&gt; · %2 · next review %3</source>
        <extracomment>the growth record&apos;s banner: level (the lead&apos;s word), reason, next review date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s watch-list level; change it on the Watch list tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::RiskLevelsDialog</name>
    <message>
        <source>Risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the four risk levels as your school does (红色预警, 一级预警 …) and pick their colours. The order stays: the first row is the most severe. Every list, event and report shows these words; records keep their meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>severity order on the risk levels dialog: 1 is the most severe</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the default labels and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the default labels and colours for every level?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::RosterImportDialog</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check rows &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n row(s))</source>
        <translation>
            <numerusform>%1 (%2, %n row)</numerusform>
            <numerusform>%1 (%2, %n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n student(s)</source>
        <translation>
            <numerusform>&amp;Import %n student</numerusform>
            <numerusform>&amp;Import %n students</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GB18030/GBK) or an Excel .xlsx workbook with a header row such as 学号, 姓名, 性别, 出生日期, 年级, 班级.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>a form label: the field name followed by a colon</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add: %1 · To update: %2 · Unchanged: %3 · Rejected: %4. Nothing has been written yet. Rejected rows are skipped; fix them in the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::RunDialog</name>
    <message>
        <source>Change screening run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New screening run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026 autumn screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scales the students answer, in this order. A school&apos;s own definitions are loaded under Instruments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade or class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a whole grade, or only some of its classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instruments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grades and classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opens on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers have been entered, so the instruments and the grades can no longer change. The name and the dates can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, version %3</source>
        <extracomment>an instrument in a list: its name, code and version, e.g. &quot;Patient Health Questionnaire (PHQ-9) — PHQ-9, version 1&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded by the school on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) will be expected (active students of the chosen grades and classes, as they are today).</source>
        <translation>
            <numerusform>%n student will be expected (active students of the chosen grades and classes, as they are today).</numerusform>
            <numerusform>%n students will be expected (active students of the chosen grades and classes, as they are today).</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;loses on:</source>
        <extracomment>Not Alt+C: that is the Create run button</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::SafetyPlanDialog</name>
    <message>
        <source>The guardian has signed step 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions can be read; saving always makes a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. What I can do on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. People and places that distract me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. People I can ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Professionals and hotlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Making my surroundings safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts, feelings, situations that tell me a crisis may be starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I can do alone to take my mind off it: music, exercise, drawing …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classmates, friends, places (the library, the sports field) where I feel better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults and friends I can tell: the class teacher, a trusted teacher, my guardian (with phone numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school counselor (and when the room is open), hotlines, the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the guardian does at home: medicines and sharp objects kept safely …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from the &amp;directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a hospital or centre from the directory, with its phone, to step 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one thing most important to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most to me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the plan as a new version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page for the student and the guardian (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>a safety plan&apos;s version in the list: number, date, who saved it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School counseling room; national psychological assistance hotline 12356; youth service line 12355; in an emergency 120 or 110.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory has no hospital or centre yet. Add them with Vault ▸ Directory of institutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <extracomment>a directory entry added to step 5 of a safety plan: name, phone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan first: what prints is a saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety plan has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::SchoolPage</name>
    <message>
        <source>Welcome to CounselDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CounselDesk keeps the counseling room&apos;s records in one encrypted vault on this computer. First, tell it about the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. No. 3 Middle School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School na&amp;me:</source>
        <extracomment>Not Alt+N: that is the wizard&apos;s Next button</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::SchoolProfileDialog</name>
    <message>
        <source>Students on the school&apos;s roll this school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students who board at the school; 0 for a day school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselors whose job is mental-health education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers who counsel beside another subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the full- and part-time counselors, those holding a counseling certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s floor area in square metres, all its parts together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a week the room is open to students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s mental-health funding in the school&apos;s budget, in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s name as the district&apos;s report prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4401060012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code the district gave the school: 1 to 32 letters or digits. It names the school&apos;s package; nothing else in it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages the school teaches; a school with several is held to the staffing of the highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counseling room&apos;s name and where it is, e.g. &quot;Sunflower room, building 2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar year the funding is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the room&apos;s &amp;hours (%1 h)</source>
        <extracomment>%1 hours a week</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No semester has open hours yet (Agenda ▸ Duty roster…); clear this to type a figure</source>
        <extracomment>%1 the semester&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open hours of the duty roster in %1; clear this to type another figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School co&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students &amp;enrolled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Boarders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full-time counselors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part-time counselors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cert&amp;ified counselors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fundin&amp;g (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselors per school type, at least 10 yuan per student a year, and the room&apos;s open hours against the semester&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s own facts for the district&apos;s semester summary: published as they are, never about a student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the room lead can change the school profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students on the school&apos;s roll this school year: to begin with, the active students in this vault (%1). Type the school&apos;s own figure if it differs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::ScreeningPage</name>
    <message>
        <source>&amp;New run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a screen of some grades or classes with some instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the run&apos;s name, dates, instruments or grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the run for answers, or close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add students who joined the chosen grades or classes since the run was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the run with all its answers (room lead only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instruments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scales this vault can use, and loading a school&apos;s own definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an answer file (CSV or .xlsx) from a survey tool or a scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;paper sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type paper answer sheets in a grid, one row per student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;kiosk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students answer at this computer, one item per screen; the PIN you choose leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades and classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <extracomment>how many of the expected students answered an instrument, e.g. &quot;PHQ-9 412/450&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a run&apos;s dates: from – to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is open: answers can come in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not taken yet (%n)</source>
        <translation>
            <numerusform>Not taken yet (%n)</numerusform>
            <numerusform>Not taken yet (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Close run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer sheet(s) are still missing. Close &quot;%1&quot; anyway? It can be reopened.</source>
        <translation>
            <numerusform>%n answer sheet is still missing. Close &quot;%1&quot; anyway? It can be reopened.</numerusform>
            <numerusform>%n answer sheets are still missing. Close &quot;%1&quot; anyway? It can be reopened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) added to the run&apos;s list.</source>
        <translation>
            <numerusform>%n student added to the run&apos;s list.</numerusform>
            <numerusform>%n students added to the run&apos;s list.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run&apos;s list is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with every answer sheet, score and follow-up in it? This cannot be undone (a backup made before keeps it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;se run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is closed. Reopen it to enter more answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is planned. Open it to enter answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet. A run screens some grades or classes with some instruments between two dates: start with New run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the screening page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheets of every instrument in this run that need a counselor to look, one row per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged sheets (%1)</source>
        <extracomment>the tab of a run&apos;s flagged list: how many sheets of all its instruments are on it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::SemesterDialog</name>
    <message>
        <source>Semester %1 to %2</source>
        <extracomment>the name proposed for a new semester: its first and last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holidays and exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periods of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026–2027 school year, first semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Monday of the week the school calls week 1: the timetable&apos;s week numbers count from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday to Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week &amp;1 starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days a &amp;week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many mental-health lessons each class must get in every window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length of a window in weeks: 2 for &quot;a lesson every two weeks&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <extracomment>between the lessons and the weeks of the lesson rule: &quot;1 lesson(s) every 2 week(s)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> lesson(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme class meetings each class holds a semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole-school activities a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family-education events a semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher trainings a semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a week the room is open outside class, checked against the duty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson &amp;rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme class &amp;meetings per class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole-school &amp;activities per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Famil&amp;y-education events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher tra&amp;inings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open hours per week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks %1 to %2 of the school&apos;s numbering</source>
        <extracomment>under the semester&apos;s dates: its school weeks as numbered from week 1</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::SessionDialog</name>
    <message>
        <source>New group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who came; a note says why someone was away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::SessionEditor</name>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concern noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What brought the student, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you noticed: mood, behaviour, what was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps, agreements, who else is involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own working notes: only you can read them, and they are never exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes need your own passphrase (you unlocked with the recovery code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk in this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not saved: %1 What you wrote is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare private note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your private note into the session record, where colleagues can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private note becomes part of the session record: every user of the vault can then read it, and it is kept like any other record. Share it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving the session: what you wrote is kept as a draft in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away what you wrote since the session was last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your draft from %1, not saved as a session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft could not be kept: %1</source>
        <extracomment>shown under the session editor; %1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept in the vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away what you wrote since this session was last saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the next talk: it shows on the home page and in the session list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::SetupWizard</name>
    <message>
        <source>Set up CounselDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the education bureau: merge the schools&apos; semester summaries into district tables. Needs no vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::SheetGridModel</name>
    <message>
        <source>%1 = %2</source>
        <extracomment>an answer option in the grid&apos;s legend: its value, then its label (&quot;0 = Not at all&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): type at least one answer before saving the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>the status of a grid row the vault refused; %1 says why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, invalid: %1</source>
        <extracomment>the status of a saved sheet that cannot be trusted; %1 lists why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CRITICAL ANSWER (item %2)</source>
        <extracomment>the status of a saved sheet with a critical answer; %1 the usual status (&quot;Saved: Mild&quot;), %2 the items</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::SlotGrid</name>
    <message>
        <source>Choose a class to see and set its open slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a period (or press Space) to open it every week, then odd weeks, then even weeks, then close it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the &amp;grade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives every other class of this grade the same open slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green: every week · Blue: odd weeks · Purple: even weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy open slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every other class of %1 the open slots of %2? Their own slots are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::StepDialog</name>
    <message>
        <source>Record a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::StepLimitsDialog</name>
    <message>
        <source>Crisis step time limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long after the event each step may take. An open event&apos;s step past its limit is shown in red, on the event and on the home page. 0 h 0 min: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>after a number of hours in a spin box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>after a number of minutes in a spin box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>= %n day(s)</source>
        <extracomment>a time limit of whole days, beside its hours</extracomment>
        <translation>
            <numerusform>= %n day</numerusform>
            <numerusform>= %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>= %1 d %2 h</source>
        <extracomment>a time limit in days and hours, beside its hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::StudentListModel</name>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::StudentPicker</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin (zs for 张三), student number or class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find the student, then press Enter or click the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::StudentRecordDialog</name>
    <message>
        <source>Growth record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth record — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basic info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the growth record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These facts come from the school roster; import a new roster to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind child (parents work away from home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family situation, home–school contact, what helps at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family structure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians and how to reach them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s psychological status as you see it: strengths, concerns, what has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The growth record was not saved: %1 What you typed is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in a few words (also the reason when taking a student off the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to another class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;transferred out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New class of %1 (for example 初二(3)班 or 3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That class cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as transferred out today? The record stays, and is purged with the others when the retention time has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as transferred out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case was opened as an emergency: the guardian&apos;s consent is still to be recorded (Cases tab).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::StudentScreeningPanel</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screening results for this student yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::StudentsPage</name>
    <message>
        <source>Search by name, pinyin (zs finds 张三), student number or class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update students from the school&apos;s roster (CSV or Excel .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) shown</source>
        <translation>
            <numerusform>%n student shown</numerusform>
            <numerusform>%n students shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Include students no longer at &amp;school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk or crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search over every session note (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New school year: promote every class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge records of students who left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class moves up one grade: %1 students are promoted and the %2 students of %3 graduate. Class history keeps where each student was. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No student left more than %n year(s) ago: there is nothing to purge.</source>
        <translation>
            <numerusform>No student left more than %n year ago: there is nothing to purge.</numerusform>
            <numerusform>No student left more than %n years ago: there is nothing to purge.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>These %1 students left more than %2 years ago. Their growth records, cases, session notes and watch-list history will be deleted for good:

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a grade first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote every class to the next school year, or purge the records of students who left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::SummaryPreview</name>
    <message>
        <source>%1: %2</source>
        <extracomment>a bar&apos;s label in the preview&apos;s charts: the row, then its figure or the withheld mark</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count is withheld; k = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts withheld: %1 (%2 primary, %3 so that they cannot be worked out). Values shown as * (these counts and the percents that depend on them): %4. k = %5.</source>
        <extracomment>the preview&apos;s first line: how many counts of students the summary withholds, as small (primary) or so that they cannot be worked out from the others; how many values the tables show as * (those counts and the percents worked out from them); and the threshold k</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::SummaryTableModel</name>
    <message>
        <source>Withheld: this rate is worked out from a count that is withheld or from fewer than %1 students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld so that no student can be identified: the count is small (1 to %1), close to its total, or could otherwise be worked out from the published counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1: some schools withheld part of this count so that no student can be identified, so only the part the others published is known.</source>
        <extracomment>a district&apos;s merged count printed &quot;≥n&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::SupportPlanDialog</name>
    <message>
        <source>What the next weeks should bring: sleep, attendance, mood …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions, check-ins, safety plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily attention, seating, classmates who help, workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital visits, medicines kept safely, contact with the class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counselor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support plan (one student, one plan) of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::TeachersTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most lessons a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counselors who teach the lessons; the vault user links a teacher to their login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected teacher; their classes are left without a teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ms Wang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::TimeOffDialog</name>
    <message>
        <source>received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student may return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off and return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the certificate or the guardian states it, without a diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the return assessment found: mood, sleep, wishes of the student and the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has been away since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return needs the certificate, the application and a passed assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is at school. Record the start of a time off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day away:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After referral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start time off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::TimetableGrid</name>
    <message>
        <source>Week </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school week shown (Page Up / Page Down in the grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one teacher&apos;s or one class&apos;s lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1
%2–%3</source>
        <extracomment>a period&apos;s row header in the week grid: &quot;Period 3
08:55–09:35&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <extracomment>a lesson in a cell of the week grid: &quot;初二(3)班 · 情绪 (王老师)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which lesson?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semester&apos;s lessons of the teacher or class chosen under Show only, in print preview (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same timetable saved as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lesson by hand (kept when the plan is rebuilt) or record a theme class meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter: edit, move or make up the lesson. Drag a planned lesson to another day or period of the week to move it (Esc cancels). Ctrl+Z: undo the last move or make-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made up on %1</source>
        <extracomment>under a cancelled lesson in the week grid: when its make-up lesson is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move lesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::TimetableInputs</name>
    <message>
        <source>Tea&amp;chers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the teachers, classes, unavailable times and open slots together (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;k to saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgets the changes since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y from the previous semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts from the previous semester&apos;s teachers, classes and slots (unavailable times are dated and not copied); nothing is saved until Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timetable inputs of %1 have changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing set for this semester yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from the previous semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no semester before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what the tables show with the inputs of %1? Nothing is saved until Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::TopicsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with the &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans give a class its grade&apos;s topics in this order, then those for every grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a topic to rename it; retired topics are greyed and never planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new topic for this grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in the plan (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later in the plan (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired topic stays on the lessons that had it and is not planned again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggested topics of every grade band, while the library is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: not planned again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::UnavailableTable</name>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a teacher cannot teach: the planner leaves those times free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add unavailable time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::UnlockDialog</name>
    <message>
        <source>Unlock CounselDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase? Enter your user name and the recovery code from the school safe. You will then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counseling room&apos;s vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup in place of this vault: after damage, a mistake, or on a new computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Choose “Restore from a backup…” below to put the newest good backup in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was restored from the backup. Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school whose counseling records this vault holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the education bureau: merge the schools&apos; semester summaries into district tables. Needs no vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::UserManagementPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone listed as active can unlock the vault with their own passphrase. A disabled user&apos;s key is removed from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected user&apos;s key: they can no longer unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected user forgot their passphrase: reset it with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? Their key is removed from the vault and they can no longer unlock it. Their records stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate the selected user with a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing users changes who can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling %1 replaces the vault key. This vault&apos;s recovery slot was made by an earlier version and must be renewed once: enter the recovery code from the printed sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::WatchDialog</name>
    <message>
        <source>Add to the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put &lt;b&gt;%1&lt;/b&gt; on the watch list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on the list (%1): %2. Saving replaces that entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to watch list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::WatchListPage</name>
    <message>
        <source>&amp;Overdue reviews only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a student, change the level or take them off the list in the student&apos;s record (Watch list tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date has passed: see the student and set the next date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the watch list: %1 · Reviews overdue: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
