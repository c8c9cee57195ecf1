/**
 * Common UK given names (ONS baby-name lists across several decades, abridged, then widened to the
 * names of the communities of modern Britain: South Asian, Arabic, Somali, West African, Eastern
 * European, Irish, Welsh, Scottish, Chinese, Filipino, Turkish and more), used to
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
  oliver olivia oscar owen paige pamela patricia pat patrick paul paula pauline peter phil philip phoebe poppy rachel rebecca reece rhys richard rita rob
  robert robin rosie ross roy ruby russell ruth ryan sally sam samantha samuel sandra sarah scott sean shane shannon sharon shaun sheila shirley simon
  sophie stacey stanley stephanie stephen steve steven stuart susan suzanne tara teresa terence terry thomas tim timothy tina toby tom tommy tony tracey
  tracy trevor tyler valerie vanessa vicky victoria vincent wayne wendy william yasmin yusuf zainab zoe zach pete steve andy dave mick mike nick rob tony terry gaz baz jon jonny jim jimmy ken kev les ray ron sid tom vic
  aaliyah abdullah adnan afzal aimee alisha amara amina amit anil anita anjali arjun asif asma ayesha aziz bilal chantelle charlene
  cheryl courtney danielle deepak demi dev dianne ebony eden elsie esther faisal farah farhan fatma freya gurpreet habib hamza hanif harjit
  harpreet ibrahim ikram imogen iqbal irfan jas jasbir jaspreet javed jenna jess jo jolene josie kamal kareem kashif kaur kavita khalid kiran
  kirsty kwame layla leila lola mahmood manjit marcia maryam mia mohamed nasir nasreen nav neha nia nikita nikki nina noor omar parveen
  pooja precious priya rafiq rahul raj rajesh ravi rehana reza rhianna rizwan rubina sadia saima salma sana sanjay sarwar shabana shahid
  shakira shanice shazia shirin sonia sunita tahir tanya tariq tasha tayo toni usman waqar yasir zahid zara zubair
  agatha alma audrey beryl brendan carla clive cyril dean debra delroy dennis derrick desmond duane earl edna elsie ernest ethel eva
  evelyn florence gladys glen gwen harold hazel herbert hilda irene iris ivy jacqueline joan josephine joy june kathleen lilian mabel
  marjorie maurice mavis mildred muriel nora norma olive percy phyllis ralph raymond reginald rodney ronald rose sidney sylvia vera
  violet walter winifred yvonne alfred ada albert annabel bella bonnie callie cara casey cody corey darcy dexter eddie elliot elliott
  emilia ewan felix finley finn frankie gabriel georgina gracie hollie hugo isaac jackson jaden jay jayden jenson kai kayden kian
  leo lexi libby lola louie lucas luca mason matilda maya millie mohammed morgan nancy niamh ollie paige piper reuben riley rory rowan
  sienna sofia sonny spencer summer teddy theo tilly travis troy tyrone willow zachary
  aiden alasdair alistair barney calum carlos carly conor curtis donald euan evan faye finlay frances fraser garry geoff graeme greg gregory
  harrison hayden howard hugh jamal jared jayne jerome joanna joey jude julia karl katherine kathryn kayla keeley kelvin kimberley kirstie
  leanne leigh leona lianne lindsay lindsey lorna malcolm marion martha matt maxine melanie michaela mitchell natasha nicole phillip rachael
  rhiannon rick ricky robbie roberta rosemary stacy stewart tamsin tess theresa todd wanda wesley zac
  bernie sue
  ade afua amira chidi doris emeka kofi ngozi peggy tunde

  aarav abbie abdi abdirahman abdullahi abena abi abubakar abul adebayo adewale aditi adwoa agnieszka ahmad ahmet ailsa aisling ajmal akbar akosua akua
  albie aled aleksandra alessandro alexandru alun ama amaka amal amandeep amanuel amarjit amelie aminu amna amrit ana ananya anas andreea andrei andrius
  angharad annette antonio anushka anwar anya aoife aqsa arabella aravind arif arlo arnel arun asad ashok ashraf atif austeja ava awais ayaan ayla aylin
  ayo ayse azad baljit balwinder bartosz bashir beatrice beatriz becca becs benji bernadette bernard bethan betsy bex bhavesh bhavna bianca blake bobby
  bogdan bridget brody bruno bryn bukola burak bushra caitlin caleb caoimhe carlo carys cassie catarina cathal cathy catrin catriona cem ceri cerys
  charmaine chiara chika chinedu chioma chirag cian ciara ciaran cillian claudette claudia clodagh colm connie cora cormac cristian cristina dafydd
  dalia daljit damilola dara darius darragh dawid dawit daz deepa deirdre delilah denisa deniz deqa derya dewi dhruv diana dilan dina dinesh diogo
  dionne divya diya donal dovydas eamon ebru efua egle eilidh elena elif elijah elin elisa elise eliza eloise eman emine emre enzo eoin errol esme esra
  evangeline ewa ezra fadumo fahad faizan farhana farid farooq fatih femi fergal fergus fernando ffion filip filmon florin fran francesca francesco
  funke funmi gabija gabriela ganesh gayathri gazza gbenga geraint geraldine gerry gethin gheorghe giovanni giulia giuseppe gopal grainne gregor greta
  guled gurdeep gurmeet gwyn hafsa haider hakan halima hamdi hamid hamish hao hardeep harinder harish harleen harley haroon hasan hattie hauwa hawa
  hawre hevin hibo hina hitesh hodan huda hui humza huseyin hussain hussein huw idris ieva ifeanyi ifeoma ifrah ikran ilhan ilyas iman ines innes ioana
  ionut iqra isabelle isaiah isha ismail isobel izzy jakub janine jasleen jaswinder jatinder jaxon jayesh jermaine jesse jessie jez jia jide jie jing
  joao jocelyn jomar jonah jonas jose josiah jules julian juliet junaid justyna jyoti kabir kacper kamil kamran karim karol karthik karwan kasia
  katarzyna kathy katrina kavitha kavya kawa kaz keira keisha kelechi kemal kemi kenny kenzie kerem ketan kez kezia khadija khaled kiara killian kojo
  krish kristina krzysztof kulwinder kunal kunle kwabena kwaku kwasi kwesi kylie lachlan laiba laila lakshmi lara latoya lawrence lennon lennox lenny
  leonie leroy lexie liban lilly lin lina lionel liv lizzie lloyd lorenzo lou louis louisa lowri lucia lukas lukasz luna lynsey maddison maeve magda
  maggie mahesh mahmoud mahnoor maira mairead maisie maja malgorzata mamun mandeep manish manisha manon manpreet mantas manuel marc marcin marco marek
  margot mariam mariana maricel marilyn mario marites marius marivic marlon marta martina marwan masud mateo mateusz matteo meena mehari mehmet mehul
  mei meron mert merve mhairi michal miguel mihaela mihai mikey mila milo mindaugas ming miriam mohamud moira mollie monika monique morag mukesh murat
  mustafa nabil nadeem nadine najib nargis nasrin natalia nate nathaniel navdeep naveed navjot nazma nell nellie nevaeh neville niall nikhil nilesh
  nisha nithya nkechi nnamdi nneka nour nuno nusrat obinna oisin oliwia olly omari onur orla osian oskar otis owain ozge padraig pankaj paresh parminder
  parwana paulette paulina paulius pawel pedro philippa piotr pippa prakash qasim rabia radhika radu rafal rahel rahim rajinder rakesh raluca ramesh
  rami ramya rania ranjit rasa rashid ravinder rayyan razvan rebaz rebin reem reggie rekha remi rhian rhodri ricardo rishi riya robel roberto robyn
  rodrigo rohan roisin rojin rokas ronan ronnie rosa rosalie rowena roxana roya rubel rui rumana rupert ruta saad saanvi saba sabina sachin sagal sahil
  saiful saira sajid salman sami samir sandeep saoirse sara saranya scarlett seamus seema segun selam selim selin senait seren serena seth seun shahida
  shahin shamim sharmin shaz shazza sheena shilan shilpa shoaib shola shona shreya shwan sian sidra silvia simona simone simran sinead siobhan sioned
  siva sneha sohail sohel sonal soran soraya stefan steph sumon sunil suresh surinder szymon tahmina tammy tarek tash taylor tegan temitope tesfay thea
  tia tiago tiana tobi tobias tolu tomas tomasz tomos tosin toyin uche umair umar umut usha valentina vasile vignesh vijay vinod wahid walid wallace
  waseem wei weronika wiktor wiktoria winston winta xiao xin yaa yahya yara yasemin yash yemi ying yinka yodit yohannes yonas youssef yusra zahra zain
  zaki zakir zayn zeeshan zeynep zoya zuzanna
  ellen edith norah cecil clifford frederick horace wilfred abby adele aileen alana alicia allan angus antonia ashleigh brett bryony carmel cieran
  colette corinne damon darcey daryl davina delia dominique edwin elsa elspeth emmanuel enid gabrielle gina glenda gwyneth heidi ifan ingrid jacqui
  jarrod jasmin jeanette jemma johnny kath katy kieron kristy lacey lana larry laurence lottie lyndsey maddie marianne marsha martine mervyn milly
  myles nicky noreen olga petra quentin rebekah rhona roxanne sadie selina shauna shelley sylvie terri trudy ursula verity vikki vince wilf wyn
  zak zena tyrese dwayne chiamaka aman kuldeep sukhdev balvinder paramjit satnam
  jen naz
`.split(/\s+/),
);

/**
 * Short forms of given names whose first three letters differ from the long form's ("Tom" for Thomas,
 * "Bill" for William): the sender tom.evans@… is the Thomas Evans the draft gives details of.
 * (Forms that share their first three letters, "Jenny" and Jennifer, are told apart without a list.)
 */
export const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  tom: ['thomas'], tommy: ['thomas'], bill: ['william'], billy: ['william'], will: ['william'], liam: ['william'], bob: ['robert'],
  bobby: ['robert'], rob: ['robert'], robbie: ['robert'], jim: ['james'], jimmy: ['james'], kate: ['katherine', 'catherine', 'kathryn'],
  katie: ['katherine', 'catherine', 'kathryn'], cathy: ['catherine'], liz: ['elizabeth'], lizzie: ['elizabeth'], beth: ['elizabeth'],
  betty: ['elizabeth'], mike: ['michael'], mick: ['michael'], micky: ['michael'], dave: ['david'], andy: ['andrew'], tony: ['anthony'],
  pete: ['peter'], jon: ['jonathan'], jo: ['joanne', 'joanna', 'josephine'], becky: ['rebecca'], bex: ['rebecca'], vicky: ['victoria'],
  ted: ['edward'], ned: ['edward'], harry: ['henry', 'harold'], sue: ['susan'], sandy: ['sandra', 'alexander'], maggie: ['margaret'],
  meg: ['margaret'], peggy: ['margaret'], mandy: ['amanda'], gaz: ['gary', 'gareth'], baz: ['barry'], rick: ['richard'], dick: ['richard'],
  rich: ['richard'], fred: ['frederick'], geoff: ['geoffrey'], jeff: ['jeffrey'], tash: ['natasha'], nat: ['natalie', 'natasha', 'nathan'],
  ellie: ['eleanor', 'elizabeth'], nell: ['eleanor', 'helen'], steph: ['stephanie'], sid: ['sidney'], zach: ['zachary'], gabby: ['gabrielle'],
  chris: ['christopher', 'christine', 'christina'], al: ['alan', 'alistair', 'albert'], kev: ['kevin'], les: ['leslie'], ken: ['kenneth'],
  jack: ['john'], johnny: ['john'], jamie: ['james'], sam: ['samuel', 'samantha'], dan: ['daniel'], danny: ['daniel'], ben: ['benjamin'],
  joe: ['joseph'], josh: ['joshua'], matt: ['matthew'], nick: ['nicholas'], phil: ['philip', 'phillip'], greg: ['gregory'], tim: ['timothy'],
};

/** Is `long` the long form of the given name `short` ("thomas" of "tom"), or the same name? */
export const isFormOf = (short: string, long: string): boolean => short === long || (SHORT_FORMS[short]?.includes(long) ?? false);
