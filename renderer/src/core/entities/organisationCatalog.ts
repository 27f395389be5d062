/**
 * Organisations and ITU programmes council reports cite, with their acronym and their English
 * and Chinese names. Text teaches the extractor more (a name followed by its acronym in
 * brackets); this list lets a name printed alone be recognised, and merges spellings that never
 * meet in one sentence (`国际电工委员会` and `国际电工技术委员会`, `AP CERT` and `APCERT`).
 */

/** A known organisation or programme. `key` makes its id (`organisation:<key>`, `programme:<key>`). */
export interface KnownOrganisation {
  readonly key: string;
  /** ITU programmes (GCA, GCI, COP) are threads of their own, not organisations. */
  readonly kind: 'organisation' | 'programme';
  readonly acronyms: readonly string[];
  readonly en: readonly string[];
  readonly zh: readonly string[];
  /** Acronyms and names in the other UN languages (French, Spanish, Russian, Arabic). */
  readonly others: readonly string[];
}

type Row = readonly [key: string, acronyms: readonly string[], en: readonly string[], zh: readonly string[]];

/**
 * Names in French, Spanish, Russian and Arabic, as the UN terminology database prints them.
 * `الاتحاد` alone is how Arabic ITU texts name ITU after its first mention (as `国际电联` in
 * Chinese); the other unions' longer Arabic names win over it (leftmost longest).
 */
const otherLanguages: Readonly<Record<string, readonly string[]>> = {
  itu: [
    'UIT', 'МСЭ', 'Union internationale des télécommunications', 'Unión Internacional de Telecomunicaciones',
    'Международный союз электросвязи', 'الاتحاد الدولي للاتصالات', 'الاتحاد',
  ],
  'itu-t': [
    'UIT-T', 'МСЭ-Т', "Secteur de la normalisation des télécommunications de l'UIT", 'Sector de Normalización de las Telecomunicaciones de la UIT',
    'Сектор стандартизации электросвязи МСЭ', 'قطاع تقييس الاتصالات',
  ],
  'itu-r': ['UIT-R', 'МСЭ-R', "Secteur des radiocommunications de l'UIT", 'Sector de Radiocomunicaciones de la UIT', 'Сектор радиосвязи МСЭ', 'قطاع الاتصالات الراديوية'],
  'itu-d': ['UIT-D', 'МСЭ-D', "Secteur du développement des télécommunications de l'UIT", 'Sector de Desarrollo de las Telecomunicaciones de la UIT', 'Сектор развития электросвязи МСЭ', 'قطاع تنمية الاتصالات'],
  un: ['ONU', 'ООН', 'Organisation des Nations Unies', 'Naciones Unidas', 'Организация Объединенных Наций', 'الأمم المتحدة'],
  eu: ['UE', 'ЕС', 'Union européenne', 'Unión Europea', 'Европейский союз', 'الاتحاد الأوروبي'],
  au: ['Union africaine', 'Unión Africana', 'Африканский союз', 'الاتحاد الأفريقي'],
  atu: ['UAT', 'Union africaine des télécommunications', 'Unión Africana de Telecomunicaciones', 'Африканский союз электросвязи', 'الاتحاد الإفريقي للاتصالات'],
  las: ['Ligue des États arabes', 'Liga de los Estados Árabes', 'Лига арабских государств', 'جامعة الدول العربية'],
  gca: ['Programme mondial cybersécurité', 'Agenda sobre Ciberseguridad Global', 'Глобальная программа кибербезопасности', 'البرنامج العالمي للأمن السيبراني'],
  gci: ['Indice mondial de cybersécurité', 'Índice Mundial de Ciberseguridad', 'Глобальный индекс кибербезопасности', 'المؤشر العالمي للأمن السيبراني'],
  cop: ["Protection en ligne des enfants", 'Protección de la Infancia en Línea', 'Защита ребенка в онлайновой среде', 'حماية الأطفال على الإنترنت'],
  wsis: ['SMSI', 'ВВУИО', "Sommet mondial sur la société de l'information", 'Cumbre Mundial sobre la Sociedad de la Información', 'Всемирная встреча на высшем уровне по вопросам информационного общества', 'القمة العالمية لمجتمع المعلومات'],
};

const programmes: ReadonlySet<string> = new Set(['gca', 'gci', 'cop']);

const rows: readonly Row[] = [
  // ITU and its parts.
  ['itu', ['ITU'], ['International Telecommunication Union'], ['国际电信联盟', '国际电联']],
  ['itu-t', ['ITU-T'], ['ITU Telecommunication Standardization Sector'], ['国际电联电信标准化部门']],
  ['itu-r', ['ITU-R'], ['ITU Radiocommunication Sector'], ['国际电联无线电通信部门']],
  ['itu-d', ['ITU-D'], ['ITU Telecommunication Development Sector'], ['国际电联电信发展部门']],
  ['tsb', ['TSB'], ['Telecommunication Standardization Bureau'], ['电信标准化局']],
  ['bdt', ['BDT'], ['Telecommunication Development Bureau'], ['电信发展局']],
  ['br', [], ['Radiocommunication Bureau'], ['无线电通信局']],
  ['cwg-cop', ['CWG-COP'], ['Council Working Group on Child Online Protection'], ['理事会保护上网儿童工作组']],
  // ITU programmes delegates follow as threads of their own (GCA, GCI, COP), and partners.
  ['gca', ['GCA'], ['Global Cybersecurity Agenda'], ['全球网络安全议程']],
  ['gci', ['GCI'], ['Global Cybersecurity Index'], ['全球网络安全指数']],
  ['cop', ['COP'], ['Child Online Protection'], ['保护上网儿童']],
  ['cirt', ['CIRT'], ['Computer Incident Response Team'], ['计算机事件响应团队']],
  ['wsis', ['WSIS'], ['World Summit on the Information Society'], ['信息社会世界峰会']],
  ['impact', ['IMPACT'], ['International Multilateral Partnership Against Cyber Threats'], ['国际打击网络威胁多边伙伴关系']],
  // The United Nations system.
  ['un', ['UN'], ['United Nations'], ['联合国']],
  ['unodc', ['UNODC'], ['United Nations Office on Drugs and Crime'], ['联合国毒品和犯罪问题办公室', '联合国毒品和犯罪问题办事处']],
  ['unesco', ['UNESCO'], ['United Nations Educational, Scientific and Cultural Organization'], ['联合国教育、科学及文化组织', '联合国教科文组织']],
  ['unicef', ['UNICEF'], ["United Nations Children's Fund"], ['联合国儿童基金会']],
  ['undp', ['UNDP'], ['United Nations Development Programme'], ['联合国开发计划署']],
  ['unctad', ['UNCTAD'], ['United Nations Conference on Trade and Development'], ['联合国贸易和发展会议', '贸发会议']],
  ['unidir', ['UNIDIR'], ['United Nations Institute for Disarmament Research'], ['联合国裁军研究所']],
  ['unicri', ['UNICRI'], ['United Nations Interregional Crime and Justice Research Institute'], ['联合国区域间犯罪和司法研究所']],
  ['wipo', ['WIPO'], ['World Intellectual Property Organization'], ['世界知识产权组织']],
  ['upu', ['UPU'], ['Universal Postal Union'], ['万国邮政联盟']],
  ['world-bank', [], ['World Bank'], ['世界银行']],
  ['igf', ['IGF'], ['Internet Governance Forum'], ['互联网治理论坛']],
  // Regional and intergovernmental organisations.
  ['eu', ['EU'], ['European Union'], ['欧洲联盟', '欧盟']],
  ['enisa', ['ENISA'], ['European Union Agency for Network and Information Security', 'European Network and Information Security Agency', 'European Union Agency for Cybersecurity'], ['欧洲网络与信息安全署', '欧盟网络与信息安全局']],
  ['oas', ['OAS'], ['Organization of American States'], ['美洲国家组织']],
  ['citel', ['CITEL'], ['Inter-American Telecommunication Commission'], ['美洲国家电信委员会']],
  ['au', [], ['African Union'], ['非洲联盟', '非盟']],
  ['atu', ['ATU'], ['African Telecommunications Union'], ['非洲电信联盟', '非洲电联']],
  ['ecowas', ['ECOWAS'], ['Economic Community of West African States'], ['西非国家经济共同体', '西共体']],
  ['apt', ['APT'], ['Asia-Pacific Telecommunity'], ['亚太电信组织', '亚太电信共同体']],
  ['asean', ['ASEAN'], ['Association of Southeast Asian Nations'], ['东南亚国家联盟', '东盟']],
  ['cept', ['CEPT'], ['European Conference of Postal and Telecommunications Administrations'], ['欧洲邮电管理委员会']],
  ['rcc', ['RCC'], ['Regional Commonwealth in the field of Communications'], ['区域通信联合体']],
  ['las', ['LAS'], ['League of Arab States', 'Arab League'], ['阿拉伯国家联盟', '阿盟']],
  ['oic', ['OIC'], ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation'], ['伊斯兰合作组织']],
  ['oecd', ['OECD'], ['Organisation for Economic Co-operation and Development'], ['经济合作与发展组织', '经合组织']],
  ['cto', ['CTO'], ['Commonwealth Telecommunications Organisation'], ['英联邦电信组织']],
  ['cci', ['CCI'], ['Commonwealth Cybercrime Initiative'], ['英联邦网络犯罪举措']],
  ['interpol', ['INTERPOL', 'Interpol'], ['International Criminal Police Organization'], ['国际刑警组织']],
  // Standards bodies and the Internet community.
  ['iec', ['IEC'], ['International Electrotechnical Commission'], ['国际电工委员会', '国际电工技术委员会']],
  ['iso', ['ISO'], ['International Organization for Standardization'], ['国际标准化组织']],
  ['ietf', ['IETF'], ['Internet Engineering Task Force'], ['互联网工程任务组']],
  ['icann', ['ICANN'], ['Internet Corporation for Assigned Names and Numbers'], ['互联网名称与数字地址分配机构']],
  ['isoc', ['ISOC'], ['Internet Society'], ['互联网协会']],
  ['first', ['FIRST'], ['Forum of Incident Response and Security Teams'], ['事件响应与安全团队论坛']],
  ['apcert', ['APCERT', 'AP CERT', 'AP-CERT'], ['Asia Pacific Computer Emergency Response Team'], ['亚太计算机应急响应团队']],
  ['africacert', ['AfricaCERT', 'AFRICA CERT', 'Africa CERT'], ['Africa Computer Emergency Response Team'], ['非洲计算机应急响应团队']],
  ['oic-cert', ['OIC-CERT', 'OIC CERT'], ['OIC Computer Emergency Response Team'], ['伊斯兰合作组织计算机应急响应团队']],
  // Research and civil society partners of ITU's cybersecurity work.
  ['ewi', ['EWI'], ['EastWest Institute', 'East West Institute'], ['东西方研究所']],
  ['chi', ['CHI'], ['Child Helpline International'], ['国际儿童帮助热线']],
  ['gcscc', ['GCSCC'], ['Global Cyber Security Capacity Centre'], ['全球网络安全能力中心']],
  ['oxford-martin-school', [], ['Oxford Martin School'], ['牛津大学马丁学院']],
  ['said-business-school', [], ['Saïd Business School', 'Said Business School'], ['牛津大学萨伊德商学院', '萨伊德商学院']],
  ['university-of-oxford', [], ['University of Oxford', 'Oxford University'], ['牛津大学']],
  ['ait', ['AIT'], ['Austrian Institute of Technology'], ['奥地利技术研究院']],
  ['energypact-foundation', [], ['EnergyPact Foundation'], ['EnergyPact基金会']],
  ['world-economic-forum', ['WEF'], ['World Economic Forum'], ['世界经济论坛']],
  ['gfce', ['GFCE'], ['Global Forum on Cyber Expertise'], ['全球网络专业知识论坛']],
];

/** Every curated organisation and programme. */
export const knownOrganisations: readonly KnownOrganisation[] = rows.map(([key, acronyms, en, zh]) => ({
  key,
  kind: programmes.has(key) ? 'programme' : 'organisation',
  acronyms,
  en,
  zh,
  others: otherLanguages[key] ?? [],
}));

/** The organisation a report speaks for: always present, so not a partner in the activities table. */
export const REPORTING_ORGANISATION_ID = 'organisation:itu';
