import { Migration } from "@mikro-orm/migrations";

/**
 * Subjects and themes are reference data: this migration creates the tables
 * and writes the rows, with fixed ids, so every database (and every seed and
 * test relying on slugs) sees the same vocabulary. Later changes to the lists
 * belong in new migrations.
 */
export class Migration20261123091500Taxonomy extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "subject" (
        "id" uuid not null,
        "slug" varchar(60) not null,
        "name" varchar(100) not null,
        "aliases" text[] not null,
        "sort_order" int not null,
        constraint "subject_pkey" primary key ("id")
      );`);
    this.addSql(`alter table "subject" add constraint "subject_slug_unique" unique ("slug");`);

    this.addSql(`
      create table "theme" (
        "id" uuid not null,
        "slug" varchar(60) not null,
        "name" varchar(100) not null,
        "description" varchar(300) not null,
        "sort_order" int not null,
        constraint "theme_pkey" primary key ("id")
      );`);
    this.addSql(`alter table "theme" add constraint "theme_slug_unique" unique ("slug");`);

    // The National Curriculum for England: core subjects, then foundation
    // subjects, then RE and RSHE, then the early-years curriculum and whole-school material.
    this.addSql(`
      insert into "subject" ("id", "slug", "name", "aliases", "sort_order") values
        ('85f26bdb-59a7-470b-9f0c-eadf094b3977', 'english', 'English', array['literacy', 'reading', 'writing'], 10),
        ('dd8841e5-eac6-42ce-b43c-a66935c749d1', 'mathematics', 'Mathematics', array['maths', 'math', 'numeracy'], 20),
        ('5eb11187-c974-4b60-92e2-1023e1ca47c6', 'science', 'Science', array['biology', 'chemistry', 'physics'], 30),
        ('e8e027a2-2194-4a9f-8d11-fe75a425b32f', 'art-and-design', 'Art and design', array['art'], 40),
        ('f1b7b36a-022e-4b10-8487-5d054e321793', 'citizenship', 'Citizenship', array[]::text[], 50),
        ('5e9556f6-f21b-46f4-b9bb-74676a3f9135', 'computing', 'Computing', array['ICT', 'computer science'], 60),
        ('7b9c842c-ea13-47eb-aeb6-5ac84e7acd3b', 'design-and-technology', 'Design and technology', array['DT', 'D&T'], 70),
        ('224937e5-fbc7-4142-b545-dd773a729801', 'languages', 'Languages', array['MFL', 'modern foreign languages', 'French', 'Spanish', 'German'], 80),
        ('20a8b95e-9ab7-441c-a67f-d948a5cd5e79', 'geography', 'Geography', array[]::text[], 90),
        ('59115c14-4e46-4b4d-9021-13afcc366f55', 'history', 'History', array[]::text[], 100),
        ('607da0f3-acb4-4b82-9486-27efbfb8b064', 'music', 'Music', array[]::text[], 110),
        ('42aca63f-f841-4031-9a67-3af52694fed2', 'physical-education', 'Physical education', array['PE'], 120),
        ('9b30f28e-8eab-4f78-9a83-b563379ff48f', 'religious-education', 'Religious education', array['RE'], 130),
        ('c24a04d5-68cc-4d15-8b98-39c45be73215', 'relationships-sex-and-health-education', 'Relationships, sex and health education', array['RSHE', 'PSHE'], 140),
        ('6007e3a0-3ace-4b4d-8dcb-69d382d19b60', 'early-years', 'Early years', array['EYFS', 'early years foundation stage'], 150),
        ('271049ba-66f7-43f3-9427-48056d332967', 'cross-curricular', 'Cross-curricular', array['whole-school', 'whole school'], 160);`);

    this.addSql(`
      insert into "theme" ("id", "slug", "name", "description", "sort_order") values
        ('407f992b-389b-48fc-9ab3-ff65a636d903', 'early-reading-and-phonics', 'Early reading and phonics',
          'Teaching children to decode and enjoy reading, from systematic phonics through to fluent, confident readers.', 10),
        ('7bb751e5-c25a-434d-bcf4-99f0304d85b0', 'send-and-inclusion', 'SEND and inclusion',
          'Making sure pupils with special educational needs and disabilities learn, belong and thrive alongside their peers.', 20),
        ('ef7fb4fb-17e2-4590-a1c2-24fa64ff6679', 'behaviour-and-attendance', 'Behaviour and attendance',
          'Building calm, purposeful classrooms and getting pupils into school every day.', 30),
        ('ecd74933-10ef-434d-86a1-7c48eafcefc6', 'disadvantaged-pupils', 'Disadvantaged pupils',
          'Closing the gaps for pupils from low-income families, including thoughtful use of pupil premium funding.', 40),
        ('f775c5e6-5010-44b9-a33e-a753fdf6450a', 'curriculum-design', 'Curriculum design',
          'Deciding what pupils learn and in what sequence, so knowledge and skills build year on year.', 50),
        ('b5d04329-45fb-4a7b-a6ae-7daf9cf9d615', 'assessment', 'Assessment',
          'Finding out what pupils know and can do, and using that to shape the next steps in teaching.', 60),
        ('dcb1f505-b9fa-4ce1-9a5e-a8643d51f4e7', 'leadership-development', 'Leadership development',
          'Growing senior and middle leaders, from aspiring leaders to headteachers and trust executives.', 70),
        ('b6ef894e-50ba-45a2-ba9b-7dd8afe9d905', 'cpd', 'CPD (continuing professional development)',
          'Planned professional learning that helps teachers and support staff keep improving their practice.', 80),
        ('c405e68b-0c1b-4253-813c-32ec11b96757', 'oracy', 'Oracy',
          'Helping pupils speak clearly, listen well and use talk to think and learn.', 90),
        ('c50da7b3-a4aa-45fb-94e2-ea7e6fc85aaf', 'wellbeing', 'Wellbeing',
          'Looking after the mental and physical health of pupils and staff.', 100),
        ('e49a82a6-0353-4985-a71e-bd609f960a4a', 'governance', 'Governance',
          'How governors and trust boards set direction, hold leaders to account and oversee finances.', 110),
        ('a3b908d0-b314-402c-adf4-94abc6a4431e', 'peer-review-and-quality-assurance', 'Peer review and quality assurance',
          'Schools reviewing one another, such as through quality assurance reviews, to confirm strengths and sharpen priorities.', 120),
        ('63f3a57d-9ed9-40ba-af37-052148b9312f', 'school-to-school-support', 'School-to-school support',
          'Schools lending expertise, time and people to help another school improve.', 130),
        ('2640b4f8-0803-42e2-a16c-6144e2cf1dd5', 'early-career-teachers', 'Early career teachers (ECF)',
          'Induction, mentoring and training for teachers in their first years, built on the Early Career Framework.', 140),
        ('6feec9f6-2f02-480b-8938-aafcdae856ff', 'transition', 'Transition',
          'Supporting pupils as they move between classes, phases and schools, especially from primary to secondary.', 150),
        ('1067b10e-a508-4ad3-bc4e-5efd8a38acd9', 'careers', 'Careers',
          'Guidance and encounters with employers and further education that prepare pupils for their next steps.', 160),
        ('2a6da9d5-af65-42c9-926e-a51e7ba7016f', 'parental-engagement', 'Parental engagement',
          'Working with parents and carers so that learning is supported at home as well as at school.', 170);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "theme" cascade;`);
    this.addSql(`drop table if exists "subject" cascade;`);
  }
}
