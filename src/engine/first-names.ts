/**
 * Common UK given names (ONS baby-name lists across several decades, abridged), used to
 * tell "Jordan Shaw from Walkden" (a person) from "Moss Side" (a place). Titles (Mr, Mrs,
 * Dr) and "Name:" labels find people whose names are not here.
 */
export const FIRST_NAMES = new Set(
  `aaron abdul abigail adam adeel adrian agnes ahmed aidan aisha alan alex alexander alexandra alfie ali alice alison amanda amber amelia amir amy
  andrea andrew andy angela ann anna anne annie anthony archie arthur ashley aston barbara barry becky ben benjamin beth bethany betty bev beverley bill
  billy bob bradley brandon brenda brian bruce callum cameron carl carol caroline carolyn catherine charlie charlotte chelsea chloe chris christine
  christopher claire clare colin connor craig dale damian damien dan daniel danielle danny darren dave david dawn dean debbie deborah declan denise dennis
  derek diane dominic donna doreen dorothy douglas duncan dylan edward eileen elaine eleanor elizabeth ella ellie ellis emily emma eric erin ethan evie
  fatima fiona frank freddie gail gareth gary gavin gemma geoffrey george georgia gerald gillian glenn gordon graham grace hannah harriet harry harvey
  hassan hayley heather helen henry holly hollie ian imran isaac isabel isabella isla ivan jack jackie jacob jade jake james jamie jan jane janet janice
  jason jasmine jayden jean jeff jeffrey jennifer jenny jeremy jessica jill jim jimmy joan joanne jodie joe joel john jonathan jordan joseph josh joshua
  joyce judith julie justin karen kate katie kayleigh keith kelly kenneth kerry kevin kieran kim kirsty kyle laura lauren lee leah leon leonard lesley
  leslie lewis liam lily linda lisa liz logan lois lorraine louise lucy luke lydia lynn lynne mandy marcus margaret maria marie mark martin mary matthew
  maureen max megan melissa michael michelle mike mohammed mohammad muhammad molly nadia naomi natalie nathan neil nicholas nicola nigel noah norman
  oliver olivia oscar owen paige pamela patricia patrick paul paula pauline peter phil philip phoebe poppy rachel rebecca reece rhys richard rita rob
  robert robin rosie ross roy ruby russell ruth ryan sally sam samantha samuel sandra sarah scott sean shane shannon sharon shaun sheila shirley simon
  sophie stacey stanley stephanie stephen steve steven stuart susan suzanne tara teresa terence terry thomas tim timothy tina toby tom tommy tony tracey
  tracy trevor tyler valerie vanessa vicky victoria vincent wayne wendy william yasmin yusuf zainab zoe zach`.split(/\s+/),
);
