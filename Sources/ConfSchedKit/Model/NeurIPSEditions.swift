/// Where and when each NeurIPS (NIPS until 2018) was held: the table card dumps infer their year
/// from, and every reader takes an edition's city and zone from. Each row says where it comes
/// from: a file of the project's collection (Data/, Tests/Fixtures/, ../shared/dumps) that
/// shows the city or zone, else the conference's own list of past meetings
/// (neurips.cc/Conferences/PastConferences). The days are the whole meeting, expo and
/// workshops included, where a file shows them.
enum NeurIPSEditions {
  struct Row {
    var year: Int
    var city: String
    var zone: String
    /// The conference's id when a year has two cities: `neurips-2025-mexico-city`.
    var id: String?
  }

  static let rows: [Row] = [
    // 1987-2000 in Denver; 2001-2010 in Vancouver (workshops in Whistler): neurips.cc's past
    // meetings.
    Row(year: 2000, city: "Denver", zone: "America/Denver"),
    Row(year: 2001, city: "Vancouver", zone: "America/Vancouver"),
    Row(year: 2002, city: "Vancouver", zone: "America/Vancouver"),
    Row(year: 2003, city: "Vancouver", zone: "America/Vancouver"),
    Row(year: 2004, city: "Vancouver", zone: "America/Vancouver"),
    Row(year: 2005, city: "Vancouver", zone: "America/Vancouver"),
    Row(year: 2006, city: "Vancouver", zone: "America/Vancouver"),
    Row(year: 2007, city: "Vancouver", zone: "America/Vancouver"),
    Row(year: 2008, city: "Vancouver", zone: "America/Vancouver"),
    Row(year: 2009, city: "Vancouver", zone: "America/Vancouver"),
    Row(year: 2010, city: "Vancouver", zone: "America/Vancouver"),
    // neurips.cc's past meetings: Granada, Spain.
    Row(year: 2011, city: "Granada", zone: "Europe/Madrid"),
    // neurips.cc's past meetings: Lake Tahoe (Stateline, Nevada), Pacific time.
    Row(year: 2012, city: "Lake Tahoe", zone: "America/Los_Angeles"),
    Row(year: 2013, city: "Lake Tahoe", zone: "America/Los_Angeles"),
    // neurips.cc's past meetings: Montréal.
    Row(year: 2014, city: "Montréal", zone: "America/Toronto"),
    Row(year: 2015, city: "Montréal", zone: "America/Toronto"),
    // neurips.cc's past meetings: Barcelona.
    Row(year: 2016, city: "Barcelona", zone: "Europe/Madrid"),
    // neurips.cc's past meetings: Long Beach, California.
    Row(year: 2017, city: "Long Beach", zone: "America/Los_Angeles"),
    // Montréal: the 2018 calendar export names X-WR-TIMEZONE America/Toronto
    // (neurips2018-google-calendar.ics); its book's cards (001) print Dec 3-8.
    Row(year: 2018, city: "Montréal", zone: "America/Toronto"),
    // Vancouver: the 2019 notes and schedule page (000, neurips2019-week-amitkus.md,
    // neurips2019-posters-schedule-page.html) name Vancouver's halls, 8-14 December.
    Row(year: 2019, city: "Vancouver", zone: "America/Vancouver"),
    // 2020 and 2021 met online only: no city, no zone (a file's own offsets or --zone).
    // neurips.cc's past meetings: New Orleans (the 2023 poster listing, in CET, was
    // 17:00 in New Orleans).
    Row(year: 2022, city: "New Orleans", zone: "America/Chicago"),
    Row(year: 2023, city: "New Orleans", zone: "America/Chicago"),
    // Vancouver: the 2024 workshop schedule (neurips2024-d3s3-workshop-schedule.md) is "at
    // the Vancouver Convention Center", times in Pacific Time, 15 December.
    Row(year: 2024, city: "Vancouver", zone: "America/Vancouver"),
    // San Diego: the 2025 workshop listing (neurips2025-workshops-page-fragment.html), 6-7
    // December; the site's program also ran in Mexico City (virtual-site-json.md: "San Diego
    // and Mexico City", sessions named after each city).
    Row(year: 2025, city: "San Diego", zone: "America/Los_Angeles"),
    Row(
      year: 2025, city: "Mexico City", zone: "America/Mexico_City", id: "neurips-2025-mexico-city"),
  ]
}
